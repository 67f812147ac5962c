// Whether an input is a web page or plain text: a module of its own, so the server can ask it
// without loading the engine (its language models and date parsers stay in the compute threads).

export function looksLikeHtml(input: string): boolean {
	const head = input.slice(0, 2000).trimStart();
	if (/^(?:<!doctype html|<html[\s>]|<\?xml)/i.test(head)) return true;
	if (head.startsWith('<') && /<\/(?:p|div|article|body|h[1-6]|section|span|main|li|a)>/i.test(input)) return true;
	const tags = input.match(/<\/?(?:p|div|br|h[1-6]|article|section|span|a|ul|li|em|strong)\b[^>]*>/gi);
	return (tags?.length ?? 0) >= 6;
}
