import { describe, expect, it } from 'vitest';
import { teacherOrder } from './confidence';

describe('teacherOrder', () => {
	it('lists the most confident first and keeps the engine’s order between equals', () => {
		const qs = [
			{ id: 'a', confidence: 0.4 },
			{ id: 'b', confidence: 0.9 },
			{ id: 'c', confidence: 0.4 },
			{ id: 'd' },
			{ id: 'e', confidence: 0.7 }
		];
		expect(teacherOrder(qs).map((q) => q.id)).toEqual(['b', 'e', 'a', 'c', 'd']);
		// The input is left as it was.
		expect(qs.map((q) => q.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});
