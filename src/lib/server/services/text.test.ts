import { describe, it, expect } from 'vitest';
import { oneLine } from './text';

describe('oneLine', () => {
	it('keeps a name on one line', () => {
		expect(oneLine('  Ada \n  Lovelace\t')).toBe('Ada Lovelace');
		expect(oneLine('Zoë Ní Bhriain')).toBe('Zoë Ní Bhriain');
		expect(oneLine(42)).toBe('');
	});

	it('drops invisible and direction-changing characters, and counts a name of nothing visible as empty', () => {
		expect(oneLine('\u200B\u200B\u200B')).toBe('');
		expect(oneLine('\u200D\u200C \u2060')).toBe('');
		expect(oneLine('Eve\u202Egnp.exe')).toBe('Evegnp.exe');
		expect(oneLine('\u2067Sam\u2069 Lee')).toBe('Sam Lee');
		// Joiners inside visible text stay (Persian names, emoji sequences).
		expect(oneLine('می\u200Cخواهم')).toBe('می\u200Cخواهم');
	});
});
