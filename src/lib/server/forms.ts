// Reads a posted form. A body that cannot be read is the sender's fault, not a server error: a
// malformed multipart body answers 400, one over the server's size limit 413, each with the error
// page's explanation in the visitor's language instead of "something went wrong".
import { error } from '@sveltejs/kit';

export function isTooLarge(e: unknown): boolean {
	return (e as { status?: unknown })?.status === 413;
}

export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch (e) {
		if (isTooLarge(e)) error(413, 'Payload Too Large');
		error(400, 'Bad Request');
	}
}
