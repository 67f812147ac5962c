// A file the browser saves rather than shows: exports and downloads.
import type { Download } from './services/set-transfer';

export function download(file: Download): Response {
	// A Uint8Array goes out as its own bytes (copied into a plain ArrayBuffer, which BodyInit accepts).
	const body = typeof file.body === 'string' ? file.body : file.body.slice().buffer;
	return new Response(body, {
		headers: {
			'content-type': file.contentType,
			// fileStem keeps names to ASCII letters, digits and dashes: no quoting or encoding needed.
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
}
