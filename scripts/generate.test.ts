import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main, type Io } from './generate';

const seedPath = fileURLToPath(new URL('../tests/fixtures/articles/000_ff880fe1591cdf84.txt', import.meta.url));

function run(argv: string[], files: Record<string, string | Buffer> = {}) {
	let out = '';
	let err = '';
	const io: Io = {
		stdout: (t) => (out += t),
		stderr: (t) => (err += t),
		readFile: (p) => {
			if (p in files) return Buffer.from(files[p]);
			return readFileSync(p);
		}
	};
	const status = main(argv, io);
	return { status, out, err };
}

describe('generate CLI', () => {
	it('prints one JSON document for the seed', () => {
		const { status, out, err } = run([seedPath, '--format', 'json']);
		expect(err).toBe('');
		expect(status).toBe(0);
		const doc = JSON.parse(out);
		expect(Object.keys(doc)).toEqual(['article', 'facts', 'questions']);
		expect(doc.article).toMatchObject({
			author: 'Adam Morrow',
			published: '2025-01-24T21:54',
			lang: 'fr'
		});
		expect(doc.article.title).toMatch(/^L’accord entre la Russie et l’Iran/);
		const seed = readFileSync(seedPath, 'utf8');
		expect(doc.article.removed.at(-1)[0]).toBe(seed.indexOf('Soutenez Epoch Times'));
		for (const f of doc.facts) {
			expect(seed.slice(f.start, f.end)).toBe(f.text);
			expect(f.start).toBeLessThan(seed.indexOf('Soutenez Epoch Times'));
		}
		expect(doc.questions.length).toBeGreaterThan(0);
		expect(doc.questions.length).toBeLessThanOrEqual(30);
		for (const q of doc.questions) {
			expect(Object.keys(q)).toEqual(['id', 'type', 'prompt', 'answer', 'answerValue', 'choices', 'factIds', 'evidence', 'difficulty', 'confidence']);
			expect(seed.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
		}
	});

	it('honours --max and --published', () => {
		const { status, out } = run([seedPath, '--format=json', '--max', '3', '--published', '2025-01-25']);
		expect(status).toBe(0);
		const doc = JSON.parse(out);
		expect(doc.questions.length).toBeLessThanOrEqual(3);
		expect(doc.article.published).toBe('2025-01-25');
	});

	it('keeps questions at or above --min-confidence, and refuses a value outside 0–1', () => {
		const every = JSON.parse(run([seedPath, '--format=json', '--min-confidence', '0']).out);
		const sure = JSON.parse(run([seedPath, '--format=json', '--min-confidence', '0.7']).out);
		expect(sure.questions.length).toBeLessThan(every.questions.length);
		for (const q of sure.questions) expect(q.confidence).toBeGreaterThanOrEqual(0.7);
		const bad = run([seedPath, '--min-confidence', '2']);
		expect(bad.status).not.toBe(0);
		expect(bad.err).toMatch(/min-confidence/);
	});

	it('reads an HTML file', () => {
		const html =
			'<html><head><meta name="author" content="Jane Doe"></head><body><nav>Menu Home World</nav><article><h1>Storm hits the coast</h1>' +
			'<p>A powerful storm hit the coast of Brittany on 5 March 2024, officials said. About 20,000 homes lost power.</p>' +
			'<p>Prime Minister Gabriel Attal visited Brest on Tuesday.</p></article><script>var x = "hidden";</script></body></html>';
		const { status, out } = run(['storm.html', '--format', 'json', '--published', '2024-03-06'], { 'storm.html': html });
		expect(status).toBe(0);
		const doc = JSON.parse(out);
		expect(doc.article).toMatchObject({ title: 'Storm hits the coast', author: 'Jane Doe', lang: 'en' });
		for (const f of doc.facts) expect(f.text).not.toMatch(/hidden|Menu/);
	});

	it('prints a readable listing by default', () => {
		const { status, out } = run([seedPath]);
		expect(status).toBe(0);
		expect(out).toMatch(/^# L’accord entre la Russie/);
		expect(out).toMatch(/Auteur: Adam Morrow/);
		expect(out).toMatch(/## Questions \(\d+\)/);
	});

	it('reports bad input on one line in English and French, without a stack trace', () => {
		const cases: [string[], Record<string, string | Buffer>, string][] = [
			[['empty.txt'], { 'empty.txt': '  \n ' }, 'empty'],
			[['bin.txt'], { 'bin.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]) }, 'binary'],
			[['/no/such/file.txt'], {}, 'file_not_found'],
			[[], {}, 'usage'],
			[[seedPath, '--lang', 'de'], {}, 'bad_option'],
			[[seedPath, '--bogus'], {}, 'usage'],
			[[seedPath, '--published', '24/01/2025'], {}, 'bad_option'],
			[['de.txt'], { 'de.txt': 'Der Hund ist groß und schön, und er spielt gern im Garten mit den Kindern der Nachbarn.' }, 'unsupported_language']
		];
		for (const [argv, files, code] of cases) {
			const { status, out, err } = run(argv, files);
			expect(status, argv.join(' ')).not.toBe(0);
			expect(out).toBe('');
			expect(err.trimEnd().split('\n')).toHaveLength(1);
			expect(err).toContain(`Error [${code}]`);
			expect(err).toContain(`Erreur [${code}]`);
			expect(err).not.toMatch(/\bat .+:\d+:\d+/);
		}
	});
});
