import { randomUUID, randomInt } from 'node:crypto';

export const newId = (): string => randomUUID();

// No 0/O or 1/I/L: join codes are read aloud and copied from a board.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newJoinCode(length = 6): string {
	let code = '';
	for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}
