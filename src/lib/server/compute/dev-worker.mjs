// The worker's entry when the app runs from source (vite dev, vitest): tsx compiles the
// TypeScript (and resolves $lib through tsconfig) inside the thread. A built app uses
// build/workers/compute-worker.js instead.
import { register } from 'tsx/esm/api';

register();
const { default: run } = await import('./compute-worker.ts');
export default run;
