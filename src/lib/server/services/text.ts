/** A form value on one line: runs of white space become one space, ends trimmed; '' for anything but a string. */
export function oneLine(value: unknown): string {
	return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}
