// Regex pieces and a clean-up the extractors share, as source strings to build patterns from.

/** One space of any kind: ordinary, no-break, narrow no-break (French typography). */
export const S = '[\\s\\u00a0\\u202f]';
// Unicode-aware word boundaries (\b is ASCII-only even with the u flag: it fails after "é").
export const B0 = '(?<![\\p{L}\\p{M}])';
export const B1 = '(?![\\p{L}\\p{M}])';
/** A word, apostrophes and hyphens inside it included ("aujourd’hui", "sud-coréen"). */
export const W = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*";

/** Runs of spaces of any kind made one ordinary space, ends trimmed. */
export function tidy(s: string): string {
	return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
