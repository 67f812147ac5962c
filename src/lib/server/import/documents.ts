// Text out of the documents teachers keep articles in: PDF (unpdf, Mozilla's PDF.js packaged for
// servers) and Word .docx (mammoth). Runs in the compute pool: a long PDF takes a noticeable time.
// The text keeps one paragraph per line, as a paste does, so the engine finds its paragraphs.
export type DocumentFormat = 'pdf' | 'docx';
export type ExtractError = 'corrupt' | 'no_text';

/** PDF lines wrap inside paragraphs: a line ending without a full stop goes on into the next one. */
export function joinWrappedLines(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((block) =>
			block
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean)
				.reduce((acc, line) => {
					if (!acc) return line;
					// A hyphen at a line's end split a word ("inter-\nnational"); anything else is a space.
					if (/\p{Ll}-$/u.test(acc) && /^\p{Ll}/u.test(line)) return acc.slice(0, -1) + line;
					return /[.!?:»”"]$/u.test(acc) ? `${acc}\n${line}` : `${acc} ${line}`;
				}, '')
		)
		.filter(Boolean)
		.join('\n\n');
}

export async function extractDocument(format: DocumentFormat, bytes: Uint8Array): Promise<{ ok: true; text: string } | { ok: false; error: ExtractError }> {
	let text: string;
	try {
		if (format === 'pdf') {
			const { extractText, getDocumentProxy } = await import('unpdf');
			const pdf = await getDocumentProxy(new Uint8Array(bytes));
			const pages = (await extractText(pdf, { mergePages: false })).text as string[];
			text = pages.map(joinWrappedLines).join('\n\n');
		} else {
			const mammoth = await import('mammoth');
			text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
		}
	} catch {
		return { ok: false, error: 'corrupt' };
	}
	text = text.replace(/\n{3,}/g, '\n\n').trim();
	// A scanned PDF has pictures of pages and no text layer.
	if (!/[\p{L}]{2,}/u.test(text)) return { ok: false, error: 'no_text' };
	return { ok: true, text };
}
