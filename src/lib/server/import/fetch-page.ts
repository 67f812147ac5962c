// Fetches a web page for a URL import, for a teacher who typed its address. The server makes the
// request, so it must not become a way into places the teacher cannot reach: only http(s), only
// hosts whose EVERY resolved address is public (checked again at each redirect, followed by hand),
// and the connection goes to the very addresses that were checked (our own `lookup` is handed to
// the socket, so a second DNS answer — DNS rebinding — never gets a say). Past that, the page must
// be small (5 MB), quick (10 s for the whole fetch, redirects included) and a web page or text.
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isForbiddenAddress, isMetadataHost } from './address';

export type FetchErrorCode =
	| 'bad_url'
	| 'scheme'
	| 'private_address'
	| 'timeout'
	| 'too_large'
	| 'not_html'
	| 'http_status'
	| 'too_many_redirects'
	| 'unreachable';

export const FETCH_MAX_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 10_000;
export const FETCH_MAX_REDIRECTS = 5;
const URL_MAX_CHARS = 2048;

export interface ResolvedAddress {
	address: string;
	family: number;
}

export interface FetchPageOptions {
	/** For the whole fetch: every lookup, hop and byte (default 10 s). */
	timeoutMs?: number;
	/** Of the decoded body (default 5 MB); reading stops past it. */
	maxBytes?: number;
	maxRedirects?: number;
	/** Loopback and private networks allowed (IMPORT_ALLOW_PRIVATE=1). */
	allowPrivate?: boolean;
	/** Host name → every address (default: `dns.promises.lookup(host, { all: true })`). */
	resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
	/** The address policy (default: isForbiddenAddress with allowPrivate); tests make one test host "public". */
	isForbidden?: (address: string, hostname: string) => boolean;
}

export interface FetchedPage {
	/** Where the page was finally read, after redirects (no fragment). */
	url: string;
	body: string;
	format: 'html' | 'text';
	charset: string;
}

export type FetchPageResult = { ok: true; page: FetchedPage } | { ok: false; error: FetchErrorCode; status?: number };

class Refused extends Error {
	constructor(
		readonly code: FetchErrorCode,
		readonly status?: number
	) {
		super(code);
	}
}

/**
 * The address a teacher typed, as a URL to fetch: "www.example.org/article" gets https://; anything
 * but http(s) is refused, and so are addresses with a user name or password in them.
 */
export function parseImportUrl(raw: string): { ok: true; url: URL } | { ok: false; error: 'bad_url' | 'scheme' } {
	const text = raw.trim();
	if (!text || text.length > URL_MAX_CHARS || /\s/.test(text)) return { ok: false, error: 'bad_url' };
	// A scheme is letters then ':' — but "example.org:8080/x" is a host and a port.
	const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+\.[^:/]+:\d+(?:[/?#]|$)/.test(text);
	let url: URL;
	try {
		url = new URL(hasScheme ? text : `https://${text.replace(/^\/\//, '')}`);
	} catch {
		return { ok: false, error: 'bad_url' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'scheme' };
	if (!url.hostname || url.username || url.password) return { ok: false, error: 'bad_url' };
	url.hash = '';
	return { ok: true, url };
}

const defaultResolve = (hostname: string) => dnsLookup(hostname, { all: true, verbatim: true });

/** Rejects with Refused('timeout') once the signal fires. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
	if (signal.aborted) return Promise.reject(new Refused('timeout'));
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => reject(new Refused('timeout'));
		signal.addEventListener('abort', onAbort, { once: true });
		promise.then(
			(v) => {
				signal.removeEventListener('abort', onAbort);
				resolve(v);
			},
			(e) => {
				signal.removeEventListener('abort', onAbort);
				reject(e);
			}
		);
	});
}

/** Every address of the URL's host, each checked; the connection will use these and no other. */
async function checkedAddresses(url: URL, opts: Required<Pick<FetchPageOptions, 'resolve' | 'isForbidden'>>, signal: AbortSignal): Promise<ResolvedAddress[]> {
	const hostname = url.hostname.replace(/^\[|\]$/g, '');
	if (isMetadataHost(hostname)) throw new Refused('private_address');
	let addresses: ResolvedAddress[];
	const literal = isIP(hostname);
	if (literal) addresses = [{ address: hostname, family: literal }];
	else {
		try {
			addresses = await abortable(opts.resolve(hostname), signal);
		} catch (e) {
			if (e instanceof Refused) throw e;
			throw new Refused('unreachable');
		}
	}
	if (!addresses.length) throw new Refused('unreachable');
	if (addresses.some((a) => opts.isForbidden(a.address, hostname))) throw new Refused('private_address');
	return addresses;
}

const HEADERS = {
	'user-agent': 'Mozilla/5.0 (compatible; LectioImport/1.0; +https://github.com/)',
	accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
	'accept-language': 'fr,en;q=0.8',
	'accept-encoding': 'gzip, deflate, br'
};

function open(url: URL, addresses: ResolvedAddress[], signal: AbortSignal): Promise<http.IncomingMessage> {
	// Node asks the lookup for one address, or for all of them when it tries each family in turn:
	// both answers come from the checked list.
	const lookup = ((_hostname: string, options: { all?: boolean }, callback: (err: Error | null, address: string | ResolvedAddress[], family?: number) => void) => {
		if (options?.all) callback(null, addresses);
		else callback(null, addresses[0].address, addresses[0].family);
	}) as unknown as LookupFunction;
	const client = url.protocol === 'https:' ? https : http;
	if (signal.aborted) return Promise.reject(new Refused('timeout'));
	return new Promise((resolve, reject) => {
		// No shared agent: a kept-alive socket is never reused for a host checked at another moment.
		const req = client.request(url, { method: 'GET', headers: HEADERS, lookup, agent: false }, resolve);
		const onAbort = () => {
			req.destroy();
			reject(new Refused('timeout'));
		};
		signal.addEventListener('abort', onAbort, { once: true });
		req.on('response', () => signal.removeEventListener('abort', onAbort));
		req.on('error', (e) => {
			signal.removeEventListener('abort', onAbort);
			reject(signal.aborted ? new Refused('timeout') : e instanceof Refused ? e : new Refused('unreachable'));
		});
		req.end();
	});
}

/** The body, decompressed, at most `maxBytes` of it: past that the connection is closed. */
async function readBody(res: http.IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
	const encoding = String(res.headers['content-encoding'] ?? '')
		.trim()
		.toLowerCase();
	let stream: Readable = res;
	const decompress =
		encoding === 'gzip' || encoding === 'x-gzip'
			? zlib.createGunzip()
			: encoding === 'deflate'
				? zlib.createInflate()
				: encoding === 'br'
					? zlib.createBrotliDecompress()
					: null;
	if (encoding && encoding !== 'identity' && !decompress) throw new Refused('not_html');
	// pipeline, not pipe: a connection cut midway fails the decompressor too instead of leaving it waiting.
	if (decompress) stream = pipeline(res, decompress, () => {});
	const onAbort = () => {
		res.destroy();
		if (stream !== res) stream.destroy();
	};
	signal.addEventListener('abort', onAbort, { once: true });
	const chunks: Buffer[] = [];
	let total = 0;
	try {
		for await (const chunk of stream) {
			total += (chunk as Buffer).length;
			if (total > maxBytes) throw new Refused('too_large');
			chunks.push(chunk as Buffer);
		}
	} catch (e) {
		if (signal.aborted) throw new Refused('timeout');
		if (e instanceof Refused) throw e;
		// A corrupt compressed body, or the connection cut midway.
		throw new Refused(stream !== res && !res.destroyed ? 'not_html' : 'unreachable');
	} finally {
		signal.removeEventListener('abort', onAbort);
		res.destroy();
		if (stream !== res) stream.destroy();
	}
	if (signal.aborted) throw new Refused('timeout');
	return Buffer.concat(chunks);
}

// windows-1252's 0x80–0x9F (curly quotes, dashes, €, œ…). Node 20's TextDecoder decodes this
// encoding — which also answers for "iso-8859-1" and "latin1" — as ISO-8859-1 and returns control
// characters there, so French pages declared latin-1 would lose their quotes and Œ.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 8192) {
		const part = bytes.subarray(i, i + 8192);
		out += String.fromCharCode(...part).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
	}
	return out;
}

function decoderFor(label: string | null): TextDecoder | null {
	if (!label) return null;
	try {
		return new TextDecoder(label.trim().toLowerCase());
	} catch {
		return null;
	}
}

/**
 * Bytes → text the way a browser picks the encoding: a byte-order mark, else the Content-Type's
 * charset, else (HTML) a <meta charset> or http-equiv in the first 4 KB, else UTF-8.
 */
export function decodePage(bytes: Uint8Array, contentType: string, html: boolean): { text: string; charset: string } {
	let decoder: TextDecoder | null = null;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) decoder = new TextDecoder('utf-8');
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoder = new TextDecoder('utf-16be');
	else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoder = new TextDecoder('utf-16le');
	decoder ??= decoderFor(/;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1] ?? null);
	if (!decoder && html) {
		const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
		const declared = /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i.exec(head)?.[1] ?? null;
		// A page cannot declare itself UTF-16 from inside (its bytes would not read as ASCII): UTF-8 then.
		decoder = declared && /^utf-?16/i.test(declared) ? new TextDecoder('utf-8') : decoderFor(declared);
	}
	decoder ??= new TextDecoder('utf-8');
	const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
	return { text, charset: decoder.encoding };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Fetches a page, or says why not (never throws for a network or policy reason). */
export async function fetchPage(raw: string | URL, options: FetchPageOptions = {}): Promise<FetchPageResult> {
	const parsed = typeof raw === 'string' ? parseImportUrl(raw) : { ok: true as const, url: raw };
	if (!parsed.ok) return parsed;
	const maxBytes = options.maxBytes ?? FETCH_MAX_BYTES;
	const maxRedirects = options.maxRedirects ?? FETCH_MAX_REDIRECTS;
	const allowPrivate = options.allowPrivate ?? false;
	const policy = {
		resolve: options.resolve ?? defaultResolve,
		isForbidden: options.isForbidden ?? ((address: string) => isForbiddenAddress(address, allowPrivate))
	};
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? FETCH_TIMEOUT_MS);
	const signal = controller.signal;
	let url = parsed.url;
	try {
		for (let redirects = 0; ; ) {
			const addresses = await checkedAddresses(url, policy, signal);
			const res = await open(url, addresses, signal);
			const status = res.statusCode ?? 0;
			if (REDIRECTS.has(status) && res.headers.location) {
				res.destroy();
				if (++redirects > maxRedirects) throw new Refused('too_many_redirects');
				let next: URL;
				try {
					next = new URL(res.headers.location, url);
				} catch {
					throw new Refused('bad_url');
				}
				if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new Refused('scheme');
				if (next.username || next.password) throw new Refused('bad_url');
				next.hash = '';
				url = next;
				continue;
			}
			if (status < 200 || status >= 300) {
				res.destroy();
				throw new Refused('http_status', status);
			}
			const contentType = String(res.headers['content-type'] ?? '');
			const mime = contentType.split(';')[0].trim().toLowerCase();
			const format = mime === 'text/html' || mime === 'application/xhtml+xml' ? 'html' : mime === 'text/plain' ? 'text' : null;
			if (!format) {
				res.destroy();
				throw new Refused('not_html');
			}
			const declared = Number(res.headers['content-length']);
			if (Number.isFinite(declared) && declared > maxBytes && !res.headers['content-encoding']) {
				res.destroy();
				throw new Refused('too_large');
			}
			const bytes = await readBody(res, maxBytes, signal);
			const { text, charset } = decodePage(bytes, contentType, format === 'html');
			return { ok: true, page: { url: url.href, body: text, format, charset } };
		}
	} catch (e) {
		if (e instanceof Refused) return e.status === undefined ? { ok: false, error: e.code } : { ok: false, error: e.code, status: e.status };
		if (signal.aborted) return { ok: false, error: 'timeout' };
		return { ok: false, error: 'unreachable' };
	} finally {
		clearTimeout(timer);
	}
}
