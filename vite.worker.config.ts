// Builds the compute pool's worker (src/lib/server/compute/compute-worker.ts) into
// build/workers/compute-worker.js: SvelteKit's server build cannot emit a worker-thread entry.
// Packages stay external (read from node_modules at run time), as in the server build.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	logLevel: 'warn',
	build: {
		ssr: 'src/lib/server/compute/compute-worker.ts',
		outDir: 'build/workers',
		emptyOutDir: true,
		target: 'node20',
		sourcemap: true,
		rollupOptions: { output: { entryFileNames: 'compute-worker.js', format: 'es' } }
	}
});
