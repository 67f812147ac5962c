import { describe, expect, it } from 'vitest';
import { buildRuns, countGroups, groupOf } from './article-highlight';

const text = 'Le 17 janvier, Vladimir Poutine a signé à Moscou. Faites un don !';
//            0123456789012345678901234567890123456789012345678901234567890123

describe('buildRuns', () => {
	const facts = [
		{ id: 'd', type: 'date', start: 3, end: 13 },
		{ id: 'p', type: 'person', start: 15, end: 31 },
		{ id: 'e', type: 'event', start: 0, end: 49 },
		{ id: 'c', type: 'place', start: 42, end: 48 }
	];
	const runs = buildRuns(text, facts, [[50, text.length]], [{ questionId: 'q1', start: 0, end: 49 }]);

	it('covers the whole text, in order, without gaps', () => {
		expect(runs.map((r) => r.text).join('')).toBe(text);
		runs.forEach((r, i) => i && expect(r.start).toBe(runs[i - 1].end));
	});

	it('colours a run by the innermost fact', () => {
		const date = runs.find((r) => r.text === '17 janvier')!;
		expect(date.fact?.id).toBe('d');
		expect(date.group).toBe('date');
		expect(runs.find((r) => r.text === 'Moscou')!.group).toBe('place');
		expect(runs.find((r) => r.text === ', ')!.group).toBe('event');
	});

	it('marks boilerplate and evidence, with one anchor at the evidence start', () => {
		expect(runs.at(-1)!.removed).toBe(true);
		expect(runs.at(-1)!.evidence).toEqual([]);
		expect(runs[0].anchors).toEqual(['q1']);
		expect(runs.filter((r) => r.anchors.length)).toHaveLength(1);
		expect(runs.find((r) => r.text === 'Moscou')!.evidence).toEqual(['q1']);
	});

	it('survives spans outside the text', () => {
		const r = buildRuns('abc', [{ id: 'x', type: 'date', start: 2, end: 99 }, { id: 'y', type: 'date', start: 9, end: 12 }], [], []);
		expect(r.map((x) => x.text)).toEqual(['ab', 'c']);
		expect(r[1].fact?.id).toBe('x');
	});
});

describe('groups', () => {
	it('maps fact types to the eight highlight colours', () => {
		expect(groupOf('duration')).toBe('date');
		expect(groupOf('money')).toBe('number');
		expect(groupOf('organisation')).toBe('org');
		expect(countGroups([{ id: 'a', type: 'date', start: 0, end: 1 }, { id: 'b', type: 'duration', start: 1, end: 2 }]).date).toBe(2);
	});
});
