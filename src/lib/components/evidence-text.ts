// Splits a sentence into plain and emphasised parts (the answer inside its evidence). Pure.

export interface Part {
	text: string;
	mark: boolean;
}

export function splitMarks(text: string, marks: [number, number][]): Part[] {
	const ranges = marks
		.map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as [number, number])
		.filter(([s, e]) => e > s)
		.sort((a, b) => a[0] - b[0]);
	const parts: Part[] = [];
	let at = 0;
	for (const [s, e] of ranges) {
		if (e <= at) continue;
		const start = Math.max(s, at);
		if (start > at) parts.push({ text: text.slice(at, start), mark: false });
		parts.push({ text: text.slice(start, e), mark: true });
		at = e;
	}
	if (at < text.length) parts.push({ text: text.slice(at), mark: false });
	return parts;
}
