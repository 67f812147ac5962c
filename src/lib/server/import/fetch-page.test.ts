// Proves the URL fetcher against real HTTP servers on 127.0.0.1 started here: a page is read and
// decoded; redirects are followed by hand up to five; an address on the machine itself is refused
// at the first hop and after a redirect (by IP, IPv4-mapped IPv6, or a name resolving to it), with
// no request reaching it, unless IMPORT_ALLOW_PRIVATE; the connection goes to the address checked
// (one lookup per hop: DNS rebinding has no second answer to give); and an oversize, compressed-bomb,
// slow, non-HTML, 404 or unreachable page each gets its own reason.
// "news.test" stands for a public site: the test's resolver maps it to 127.0.0.1 and the test's
// policy treats that one host as public, while every other name and address keeps the real check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { decodePage, fetchPage, parseImportUrl, type FetchPageOptions, type ResolvedAddress } from './fetch-page';
import { isForbiddenAddress } from './address';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const routes = new Map<string, Handler>();
const hits: string[] = [];
let server: http.Server;
let port: number;
/** A second server standing for an internal service: it must never be reached when refused. */
let internal: http.Server;
let internalPort: number;
const internalHits: string[] = [];

const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Les écoles | Site</title></head>
<body><article><h1>Les écoles ouvrent</h1><p>Le ministre a annoncé mardi un plan pour les écoles.</p></article></body></html>`;

const listen = (s: http.Server) => new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));

beforeAll(async () => {
	server = http.createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		hits.push(path);
		const handler = routes.get(path);
		if (handler) return handler(req, res);
		res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
	});
	internal = http.createServer((req, res) => {
		internalHits.push(req.url ?? '/');
		res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Internal admin</h1>');
	});
	port = await listen(server);
	internalPort = await listen(internal);
	// Connections the slow routes leave open must not hold the server at the end.
	server.keepAliveTimeout = 100;
});
afterAll(() => {
	server.closeAllConnections();
	internal.closeAllConnections();
	server.close();
	internal.close();
});

const page = (body: string | Buffer, headers: http.OutgoingHttpHeaders = { 'content-type': 'text/html; charset=utf-8' }, status = 200): Handler => (_req, res) => {
	res.writeHead(status, headers).end(body);
};
const redirect = (to: () => string, status = 302): Handler => (_req, res) => {
	res.writeHead(status, { location: to() }).end();
};
routes.set('/article', page(ARTICLE));

/** Resolves "news.test" (and "rebind.test" on the first call only) to 127.0.0.1; other names for real. */
let lookups: string[] = [];
const resolve = async (hostname: string): Promise<ResolvedAddress[]> => {
	lookups.push(hostname);
	if (hostname === 'news.test') return [{ address: '127.0.0.1', family: 4 }];
	if (hostname === 'evil.test') return [{ address: '127.0.0.1', family: 4 }];
	if (hostname === 'mixed.test') return [{ address: '93.184.216.34', family: 4 }, { address: '::ffff:127.0.0.1', family: 6 }];
	if (hostname === 'rebind.test') {
		// A rebinding resolver: harmless-looking the first time, the metadata service after.
		return lookups.filter((h) => h === 'rebind.test').length === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '169.254.169.254', family: 4 }];
	}
	const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
	throw error;
};
/** Only the test's stand-in public hosts at 127.0.0.1 are public; every other address is judged for real. */
const publicTestHosts = new Set(['news.test', 'rebind.test']);
const testPolicy: FetchPageOptions = {
	resolve,
	isForbidden: (address, hostname) => (publicTestHosts.has(hostname) && address === '127.0.0.1' ? false : isForbiddenAddress(address, false))
};
const at = (path: string) => `http://news.test:${port}${path}`;
const get = (path: string, extra: FetchPageOptions = {}) => fetchPage(at(path), { ...testPolicy, ...extra });

describe('a normal page', () => {
	it('is read, decoded and said to be HTML, at its final address', async () => {
		const r = await get('/article#comments');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.page.format).toBe('html');
		expect(r.page.charset).toBe('utf-8');
		expect(r.page.body).toBe(ARTICLE);
		expect(r.page.url).toBe(`http://news.test:${port}/article`);
	});

	it('sends the host name the teacher typed (virtual hosts) while connecting to the checked address', async () => {
		let host = '';
		routes.set('/host', (req, res) => {
			host = req.headers.host ?? '';
			res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
		});
		expect((await get('/host')).ok).toBe(true);
		expect(host).toBe(`news.test:${port}`);
	});

	it('reads text/plain as text, and gzip- or brotli-compressed pages', async () => {
		routes.set('/plain', page('Un texte simple.', { 'content-type': 'text/plain' }));
		routes.set('/gzip', page(zlib.gzipSync(Buffer.from(ARTICLE)), { 'content-type': 'text/html', 'content-encoding': 'gzip' }));
		routes.set('/br', page(zlib.brotliCompressSync(Buffer.from(ARTICLE)), { 'content-type': 'application/xhtml+xml', 'content-encoding': 'br' }));
		expect(await get('/plain')).toMatchObject({ ok: true, page: { format: 'text', body: 'Un texte simple.' } });
		expect(await get('/gzip')).toMatchObject({ ok: true, page: { format: 'html', body: ARTICLE } });
		expect(await get('/br')).toMatchObject({ ok: true, page: { format: 'html', body: ARTICLE } });
	});

	it('decodes the charset of the header, else of the meta tag, else UTF-8', async () => {
		const latin1 = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Été à Noël</p></body></html>', 'latin1');
		routes.set('/meta-charset', page(latin1, { 'content-type': 'text/html' }));
		routes.set('/header-charset', page(Buffer.from('<p>Café crème</p>', 'latin1'), { 'content-type': 'text/html; charset=windows-1252' }));
		routes.set('/http-equiv', page(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>Œuvre – “x”</body></html>'.replace('Œ', '\x8c').replace('–', '\x96').replace('“', '\x93').replace('”', '\x94'), 'latin1'), { 'content-type': 'text/html' }));
		const meta = await get('/meta-charset');
		expect(meta.ok && meta.page.body).toContain('Été à Noël');
		const header = await get('/header-charset');
		expect(header.ok && header.page.body).toBe('<p>Café crème</p>');
		const equiv = await get('/http-equiv');
		expect(equiv.ok && equiv.page.body).toContain('Œuvre – “x”');
		// The header wins over the meta tag, a byte-order mark over both; an unknown label falls back to UTF-8.
		expect(decodePage(Buffer.from('<meta charset="iso-8859-1">é'), 'text/html; charset=utf-8', true).text).toBe('<meta charset="iso-8859-1">é');
		expect(decodePage(Buffer.from('\ufeffé'), 'text/html; charset=iso-8859-1', true)).toEqual({ text: 'é', charset: 'utf-8' });
		expect(decodePage(Buffer.from('é'), 'text/html; charset=klingon', true).text).toBe('é');
		// latin-1 is read as windows-1252, as browsers do: 0x92 is an apostrophe, not a control character.
		expect(decodePage(Buffer.from([0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x80, 0x9c]), 'text/html; charset=ISO-8859-1', true)).toEqual({ text: 'l’été €œ', charset: 'windows-1252' });
	});
});

describe('redirects', () => {
	it('follows a chain (relative, absolute, 301/302/303/307/308) to the page, and says where it ended', async () => {
		routes.set('/r1', redirect(() => '/r2', 301));
		routes.set('/r2', redirect(() => `http://news.test:${port}/r3`, 302));
		routes.set('/r3', redirect(() => 'r4', 303));
		routes.set('/r4', redirect(() => '/r5?x=1', 307));
		routes.set('/r5', redirect(() => '/article', 308));
		const r = await get('/r1');
		expect(r).toMatchObject({ ok: true, page: { url: `http://news.test:${port}/article`, body: ARTICLE } });
	});

	it('stops after five redirects', async () => {
		for (let i = 0; i < 7; i++) routes.set(`/loop${i}`, redirect(() => `/loop${i + 1}`));
		routes.set('/loop7', page(ARTICLE));
		// /loop2 → … → /loop7 is five redirects: read. /loop1 is six: refused.
		expect((await get('/loop2')).ok).toBe(true);
		expect(await get('/loop1')).toEqual({ ok: false, error: 'too_many_redirects' });
		expect(await get('/loop1', { maxRedirects: 6 })).toMatchObject({ ok: true });
	});

	it('refuses a redirect to another scheme', async () => {
		routes.set('/to-file', redirect(() => 'file:///etc/passwd'));
		routes.set('/to-ftp', redirect(() => 'ftp://news.test/article'));
		expect(await get('/to-file')).toEqual({ ok: false, error: 'scheme' });
		expect(await get('/to-ftp')).toEqual({ ok: false, error: 'scheme' });
	});
});

describe('private addresses', () => {
	it('refuses a page that redirects to 127.0.0.1 when the setting is off, without reaching it', async () => {
		routes.set('/to-loopback', redirect(() => `http://127.0.0.1:${internalPort}/admin`));
		routes.set('/to-mapped', redirect(() => `http://[::ffff:127.0.0.1]:${internalPort}/admin`));
		routes.set('/to-name', redirect(() => `http://evil.test:${internalPort}/admin`));
		routes.set('/to-metadata', redirect(() => 'http://169.254.169.254/latest/meta-data/'));
		routes.set('/to-metadata-name', redirect(() => 'http://metadata.google.internal/computeMetadata/v1/'));
		internalHits.length = 0;
		for (const path of ['/to-loopback', '/to-mapped', '/to-name', '/to-metadata', '/to-metadata-name']) {
			expect(await get(path), path).toEqual({ ok: false, error: 'private_address' });
		}
		expect(internalHits).toEqual([]);
	});

	it('follows the same redirect to 127.0.0.1 when IMPORT_ALLOW_PRIVATE is on', async () => {
		internalHits.length = 0;
		const r = await fetchPage(at('/to-loopback'), { resolve, allowPrivate: true });
		expect(r).toMatchObject({ ok: true, page: { url: `http://127.0.0.1:${internalPort}/admin` } });
		expect(internalHits).toEqual(['/admin']);
		// Metadata stays closed whatever the setting.
		expect(await fetchPage(at('/to-metadata'), { resolve, allowPrivate: true })).toEqual({ ok: false, error: 'private_address' });
	});

	it('refuses loopback addresses typed directly, by default, before connecting', async () => {
		internalHits.length = 0;
		for (const url of [`http://127.0.0.1:${internalPort}/`, `http://[::1]:${internalPort}/`, `http://[::ffff:7f00:1]:${internalPort}/`, `http://0.0.0.0:${internalPort}/`, `http://localhost:${internalPort}/`, `http://2130706433:${internalPort}/`, `http://0x7f.1:${internalPort}/`]) {
			expect(await fetchPage(url), url).toEqual({ ok: false, error: 'private_address' });
		}
		expect(internalHits).toEqual([]);
	});

	it('refuses a host when any one of its addresses is private', async () => {
		expect(await fetchPage(`http://mixed.test:${port}/article`, { resolve })).toEqual({ ok: false, error: 'private_address' });
	});

	it('looks each host up once and connects to that answer (DNS rebinding gets no second say)', async () => {
		lookups = [];
		routes.set('/rebind-start', redirect(() => `http://rebind.test:${port}/article`));
		const r = await get('/rebind-start');
		expect(r).toMatchObject({ ok: true, page: { url: `http://rebind.test:${port}/article`, body: ARTICLE } });
		// One lookup per hop: had the socket looked the name up again it would have got 169.254.169.254.
		expect(lookups).toEqual(['news.test', 'rebind.test']);
		// And a second import of the same host is checked afresh: now it is the metadata address.
		expect(await get('/rebind-start')).toEqual({ ok: false, error: 'private_address' });
	});
});

describe('refusals', () => {
	it('stops reading past 5 MB, declared or not, compressed or not', async () => {
		let sent = 0;
		let closed = false;
		routes.set('/huge', (_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			const chunk = Buffer.alloc(256 * 1024, 'a');
			const pump = () => {
				while (!closed && sent < 50 * 1024 * 1024) {
					sent += chunk.length;
					if (!res.write(chunk)) return void res.once('drain', pump);
				}
				res.end();
			};
			res.on('close', () => (closed = true));
			pump();
		});
		expect(await get('/huge')).toEqual({ ok: false, error: 'too_large' });
		// The server saw the connection close long before its 50 MB were sent.
		await new Promise((r) => setTimeout(r, 50));
		expect(closed).toBe(true);
		expect(sent).toBeLessThan(20 * 1024 * 1024);

		routes.set('/declared', (_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
			res.write('<p>');
		});
		expect(await get('/declared')).toEqual({ ok: false, error: 'too_large' });

		// 10 MB of HTML in a few kilobytes of gzip: counted after decompression.
		const bomb = zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024, ' '));
		expect(bomb.length).toBeLessThan(50_000);
		routes.set('/bomb', page(bomb, { 'content-type': 'text/html', 'content-encoding': 'gzip' }));
		expect(await get('/bomb')).toEqual({ ok: false, error: 'too_large' });

		// A compressed page cut off midway fails at once, without waiting for the time limit.
		routes.set('/cut', (req, res) => {
			res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
			res.write(zlib.gzipSync(Buffer.from(ARTICLE.repeat(50))).subarray(0, 200));
			setTimeout(() => req.socket.destroy(), 20);
		});
		const before = Date.now();
		expect((await get('/cut', { timeoutMs: 5000 })).ok).toBe(false);
		expect(Date.now() - before).toBeLessThan(2000);

		// Exactly at the limit is read.
		routes.set('/limit', page(Buffer.alloc(1000, 'a'), { 'content-type': 'text/plain' }));
		expect(await get('/limit', { maxBytes: 1000 })).toMatchObject({ ok: true });
		expect(await get('/limit', { maxBytes: 999 })).toEqual({ ok: false, error: 'too_large' });
	});

	it('gives up on a slow server when the time for the whole fetch is out', async () => {
		routes.set('/silent', () => {
			// Never answers.
		});
		routes.set('/trickle', (_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.write('<p>Le début');
			// …and the rest never comes.
		});
		routes.set('/slow-hop', (_req, res) => setTimeout(() => res.writeHead(302, { location: '/slow-hop' }).end(), 120));
		const started = Date.now();
		expect(await get('/silent', { timeoutMs: 300 })).toEqual({ ok: false, error: 'timeout' });
		expect(await get('/trickle', { timeoutMs: 300 })).toEqual({ ok: false, error: 'timeout' });
		// Each hop is quick enough, but five of them are not: the limit is for the whole fetch.
		expect(await get('/slow-hop', { timeoutMs: 400 })).toEqual({ ok: false, error: 'timeout' });
		expect(Date.now() - started).toBeLessThan(3000);
	});

	it('refuses what is not a web page or text', async () => {
		routes.set('/pdf', page(Buffer.from('%PDF-1.7'), { 'content-type': 'application/pdf' }));
		routes.set('/png', page(Buffer.from([0x89, 0x50]), { 'content-type': 'image/png' }));
		routes.set('/json', page('{}', { 'content-type': 'application/json' }));
		routes.set('/untyped', page('<p>x</p>', {}));
		for (const path of ['/pdf', '/png', '/json', '/untyped']) expect(await get(path), path).toEqual({ ok: false, error: 'not_html' });
	});

	it('says the HTTP status of an error page', async () => {
		expect(await get('/nowhere')).toEqual({ ok: false, error: 'http_status', status: 404 });
		routes.set('/boom', page('<h1>Oops</h1>', { 'content-type': 'text/html' }, 500));
		expect(await get('/boom')).toEqual({ ok: false, error: 'http_status', status: 500 });
		routes.set('/no-location', page('', {}, 302));
		expect(await get('/no-location')).toEqual({ ok: false, error: 'http_status', status: 302 });
	});

	it('says a host is unreachable: unknown name, closed port', async () => {
		expect(await fetchPage('http://no-such-host.test/article', { resolve })).toEqual({ ok: false, error: 'unreachable' });
		const closed = http.createServer();
		const freePort = await listen(closed);
		await new Promise((r) => closed.close(r));
		expect(await fetchPage(`http://127.0.0.1:${freePort}/`, { allowPrivate: true })).toEqual({ ok: false, error: 'unreachable' });
	});
});

describe('parseImportUrl', () => {
	it.each([
		['https://www.example.org/a?b=1#c', 'https://www.example.org/a?b=1'],
		['  http://example.org  ', 'http://example.org/'],
		['www.example.org/article', 'https://www.example.org/article'],
		['example.org:8080/x', 'https://example.org:8080/x'],
		['//example.org/x', 'https://example.org/x'],
		['HTTPS://EXAMPLE.ORG/A', 'https://example.org/A']
	])('reads %s as %s', (raw, href) => {
		const r = parseImportUrl(raw);
		expect(r.ok && r.url.href).toBe(href);
	});

	it.each([
		['ftp://example.org/a', 'scheme'],
		['file:///etc/passwd', 'scheme'],
		['javascript:alert(1)', 'scheme'],
		['data:text/html,<p>x</p>', 'scheme'],
		['gopher://example.org', 'scheme'],
		['', 'bad_url'],
		['not a url', 'bad_url'],
		['http://', 'bad_url'],
		['http://user:secret@example.org/', 'bad_url'],
		[`https://example.org/${'a'.repeat(2100)}`, 'bad_url']
	])('refuses %s (%s)', (raw, error) => {
		expect(parseImportUrl(raw)).toEqual({ ok: false, error });
	});
});
