// Serves the built app (build/handler.js) on PORT/HOST. A custom server rather than build/index.js
// so that, when ORIGIN is not set, the app still knows it is served over plain http whatever host
// name the visitor used (localhost, 127.0.0.1, a LAN address), and form actions pass the CSRF check.
import http from 'node:http';
import process from 'node:process';
import compression from 'compression';
import v8 from 'node:v8';

// V8 sizes its heap for the machine: with gigabytes of memory it lets garbage reach about four
// times the live heap before a full collection. Under 50 students' reviews the live heap stays
// ~27 MB, yet the old space grew to 120 MB and the process to 250 MB. A school server is a small
// box shared with other work: collecting once the heap has grown half again keeps it near
// 150 MB, at no measurable cost in requests per second (HEAP_GROWTH_PERCENT=0 keeps V8's own).
// The flag is read at each collection, so setting it now, before the app loads, takes effect.
// The young generation is set where node starts (package.json's `start` and `serve`:
// --max-semi-space-size=4, in MB; V8 only reads it before the heap exists): its default grows to
// 16 MB per semi-space, and 4 took the peak under the HTTP bench from ~245 to ~225 MB at the same
// requests per second (2 saves ~10 MB more but cost a tenth of the throughput).
const growth = Number(process.env.HEAP_GROWTH_PERCENT ?? 50);
if (Number.isInteger(growth) && growth > 0) v8.setFlagsFromString(`--heap-growing-percent=${growth}`);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const PROTO = 'x-lectio-local-proto';
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER) process.env.PROTOCOL_HEADER = PROTO;
// adapter-node refuses bodies over 512 kB by default; a teacher may upload a 1 MB article file.
process.env.BODY_SIZE_LIMIT ??= '4M';

const { handler } = await import('../build/handler.js');
// Brotli or gzip for the text a browser accepts compressed: a statistics page is ~50 KB of HTML,
// an editor page for a long article several MB.
const compress = compression();

const server = http.createServer((req, res) => {
	if (process.env.PROTOCOL_HEADER === PROTO) req.headers[PROTO] = 'http';
	compress(req, res, () =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
});

// The start-up hook (src/hooks.server.ts) has printed the address and the demo already.
server.listen(port, host);

function shutdown() {
	server.close(() => process.exit(0));
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
