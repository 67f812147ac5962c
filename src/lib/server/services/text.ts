// Invisible characters a name or a title must not carry: zero-width spaces, the soft hyphen, and
// the bidirectional controls that make "Eve\u202Egnp.exe" display as "Eveexe.png".
const INVISIBLE = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * A form value on one line: invisible characters dropped, runs of white space become one space,
 * ends trimmed; '' for anything but a string and for a value with nothing visible left (only
 * joiners or marks), so such a name counts as missing.
 */
export function oneLine(value: unknown): string {
	if (typeof value !== 'string') return '';
	const text = value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
	return VISIBLE.test(text) ? text : '';
}
