// The raters' verdicts on the engine's questions (docs/engine-evaluation.md): stores a reading
// round, then scores the engine's current questions with every verdict whose question is unchanged.
//
//   npx tsx scripts/eval-ratings.ts store <split> <round dir>   keep the round's ratings (rating-<rater>-*.jsonl)
//   npx tsx scripts/eval-ratings.ts decide <split> <file>       the developer's decisions on disagreements (JSONL)
//   npx tsx scripts/eval-ratings.ts score <split>               figures for .cache/eval/<split>.json; writes what
//                                                               is still unrated to .cache/eval/<split>-unrated.md
//
// A verdict belongs to a question's words (type, prompt, answer, options), not to its number: a
// question the engine still asks the same way keeps its verdict; a changed one is read again.
// Everything here quotes the articles, so it stays in the git-ignored cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_DIR } from './corpus';

const EVAL_DIR = resolve(CACHE_DIR, '..', 'eval');
const STORE_DIR = resolve(EVAL_DIR, 'ratings');
const RATED = 12;

interface RatedQuestion {
	n: number;
	type: string;
	prompt: string;
	choices?: string[];
	answer: string;
	evidence: string;
}
interface RatedArticle {
	id: string;
	lang: 'fr' | 'en';
	/** The headline the engine read (or null): the raters judge "given away by the headline" by it, not by the id. */
	title?: string | null;
	questions: RatedQuestion[];
}
interface Verdict {
	acceptable: boolean;
	correct: boolean;
	distractors: boolean | null;
	nonContent: boolean;
	reason: string;
}
type Store = Record<string, Verdict>;

export function questionKey(article: string, q: Pick<RatedQuestion, 'type' | 'prompt' | 'answer' | 'choices'>): string {
	const words = [article, q.type, q.prompt, q.answer, ...(q.choices ?? [])].join('\u0000');
	return createHash('sha1').update(words).digest('hex').slice(0, 16);
}

function readJsonl(path: string): Record<string, unknown>[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l));
}

function storePath(split: string, rater: string): string {
	return resolve(STORE_DIR, `${split}.${rater}.json`);
}

function load(split: string, rater: string): Store {
	const p = storePath(split, rater);
	return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : {};
}

function save(split: string, rater: string, store: Store): void {
	mkdirSync(STORE_DIR, { recursive: true });
	writeFileSync(storePath(split, rater), JSON.stringify(store, null, 1));
}

function verdictOf(r: Record<string, unknown>): Verdict {
	return {
		acceptable: r.acceptable === true,
		correct: r.correct !== false,
		distractors: r.distractors === null || r.distractors === undefined ? null : r.distractors === true,
		nonContent: r.nonContent === true,
		reason: typeof r.reason === 'string' ? r.reason : ''
	};
}

/** Two raters' verdicts on one question, with `acceptable` (and its reason) from `decision` when given. */
function combined(a: Verdict, b: Verdict, decision?: Pick<Verdict, 'acceptable' | 'reason'>): Verdict {
	return {
		acceptable: decision ? decision.acceptable : a.acceptable,
		correct: a.correct && b.correct,
		distractors: a.distractors === null && b.distractors === null ? null : !!(a.distractors && b.distractors),
		nonContent: a.nonContent || b.nonContent,
		reason: decision ? decision.reason : a.reason || b.reason
	};
}

/** The questions a round showed, by article and number. */
function roundQuestions(file: string): Map<string, { key: string; article: RatedArticle; q: RatedQuestion }> {
	const articles: RatedArticle[] = JSON.parse(readFileSync(file, 'utf8'));
	const out = new Map<string, { key: string; article: RatedArticle; q: RatedQuestion }>();
	for (const a of articles) for (const q of a.questions.slice(0, RATED)) out.set(`${a.id}#${q.n}`, { key: questionKey(a.id, q), article: a, q });
	return out;
}

function store(split: string, dir: string): void {
	const shown = roundQuestions(resolve(dir, `${split}.json`));
	// A round may hold several splits' ratings: "rating-A-dev.jsonl", "rating-A-dev-2.jsonl", "rating-B-test.jsonl".
	const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && new RegExp(`^rating-[A-Za-z0-9]+-${split}(?:-[A-Za-z0-9]+)?\\.jsonl$`).test(f));
	for (const f of files) {
		const rater = /^rating-([A-Za-z0-9]+)-/.exec(f)![1];
		const s = load(split, rater);
		let n = 0;
		for (const r of readJsonl(resolve(dir, f))) {
			const q = shown.get(`${r.article}#${r.n}`);
			if (!q) throw new Error(`${f}: no question ${r.article}#${r.n} in the round`);
			s[q.key] = verdictOf(r);
			n++;
		}
		save(split, rater, s);
		console.log(`${f}: ${n} verdicts kept for rater ${rater}`);
	}
}

function decide(split: string, file: string): void {
	// Lines: {"key": "...", "acceptable": true|false, "reason": "…"}: how a disagreement was decided.
	const s = load(split, 'final');
	for (const r of readJsonl(file)) s[String(r.key)] = verdictOf(r);
	save(split, 'final', s);
	console.log(`${Object.keys(s).length} decisions kept`);
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)} %` : '—');

function kappa(pairs: [boolean, boolean][]): number {
	const n = pairs.length;
	if (!n) return NaN;
	const agree = pairs.filter(([a, b]) => a === b).length / n;
	const pa = pairs.filter(([a]) => a).length / n;
	const pb = pairs.filter(([, b]) => b).length / n;
	const chance = pa * pb + (1 - pa) * (1 - pb);
	return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

function score(split: string): void {
	const shown = roundQuestions(resolve(EVAL_DIR, `${split}.json`));
	const A = load(split, 'A');
	const B = load(split, 'B');
	const verdictOf = verdicts(split);
	const unrated: string[] = [];
	const disagreements: string[] = [];
	type Tally = { n: number; acceptable: number; correct: number; mc: number; distractors: number; nonContent: number };
	const tally = (): Tally => ({ n: 0, acceptable: 0, correct: 0, mc: 0, distractors: 0, nonContent: 0 });
	const by: Record<string, Tally> = { all: tally(), fr: tally(), en: tally() };
	const byRater: Record<string, { n: number; acceptable: number }> = { A: { n: 0, acceptable: 0 }, B: { n: 0, acceptable: 0 } };
	const pairs: [boolean, boolean][] = [];
	const reasons = new Map<string, number>();
	let lastUnrated = '';
	let lastDisagreement = '';
	for (const { key, article, q } of shown.values()) {
		const a = A[key];
		const b = B[key];
		if (a) {
			byRater.A.n++;
			if (a.acceptable) byRater.A.acceptable++;
		}
		if (b) {
			byRater.B.n++;
			if (b.acceptable) byRater.B.acceptable++;
		}
		if (a && b) pairs.push([a.acceptable, b.acceptable]);
		// The verdict: the two raters when they agree on acceptability, else the developer's decision.
		const v = verdictOf(key);
		if (!v) {
			const lines = [];
			const list = a && b ? disagreements : unrated;
			// Each list names the article before its first question from it.
			const last = a && b ? lastDisagreement : lastUnrated;
			// (The id names the article's place and subject: a rater who took it for a headline struck
			// questions as given away by a headline the text does not have.)
			if (article.id !== last) lines.push(`\n## ${article.id} (${article.lang}, ${split})\n`, article.title ? `headline the program read: «${article.title}»\n` : 'headline the program read: none (the id above is a label, not a headline)\n');
			if (a && b) lastDisagreement = article.id;
			else lastUnrated = article.id;
			lines.push(`${q.n}. [${q.type}] ${q.prompt}`);
			if (q.choices?.length && q.type !== 'truefalse') lines.push(`   choices: ${q.choices.map((c) => (c === q.answer ? `**${c}**` : c)).join(' | ')}`);
			lines.push(`   answer: ${q.answer}`, `   evidence: «${q.evidence}»`);
			if (a && b) lines.push(`   key: ${key}`, `   A: ${a.acceptable ? 'acceptable' : `no (${a.reason})`} · B: ${b.acceptable ? 'acceptable' : `no (${b.reason})`}`);
			list.push(lines.join('\n'));
			continue;
		}
		for (const t of [by.all, by[article.lang]]) {
			t.n++;
			if (v.acceptable) t.acceptable++;
			if (v.correct) t.correct++;
			if (v.nonContent) t.nonContent++;
			if (v.distractors !== null) {
				t.mc++;
				if (v.distractors) t.distractors++;
			}
		}
		if (!v.acceptable) {
			const r = (v.reason || (a && !a.acceptable ? a.reason : b?.reason) || 'no reason').toLowerCase();
			reasons.set(r, (reasons.get(r) ?? 0) + 1);
		}
	}
	const line = (name: string, t: Tally) =>
		`  ${name.padEnd(4)} rated ${String(t.n).padStart(3)}  acceptable ${pct(t.acceptable, t.n).padStart(5)}  correct ${pct(t.correct, t.n).padStart(5)}  distractors ${pct(t.distractors, t.mc).padStart(5)} (of ${t.mc})  non-content ${t.nonContent}`;
	console.log(`Ratings on the ${split} split, first ${RATED} questions per article (${shown.size} questions)`);
	for (const k of ['all', 'fr', 'en']) console.log(line(k, by[k]));
	console.log(`  rater A: ${byRater.A.acceptable}/${byRater.A.n} acceptable (${pct(byRater.A.acceptable, byRater.A.n)}) · rater B: ${byRater.B.acceptable}/${byRater.B.n} (${pct(byRater.B.acceptable, byRater.B.n)}) · κ on acceptable ${kappa(pairs).toFixed(2)} over ${pairs.length}`);
	console.log(`  waiting: ${disagreements.length} disagreements to decide, ${unrated.length} questions not yet read by both raters`);
	const top = [...reasons.entries()].sort((x, y) => y[1] - x[1]).slice(0, 12);
	if (top.length) console.log(`  reasons: ${top.map(([r, n]) => `${r} (${n})`).join('; ')}`);
	writeFileSync(resolve(EVAL_DIR, `${split}-unrated.md`), `# Questions to rate (${split})\n${unrated.join('\n')}\n`);
	writeFileSync(resolve(EVAL_DIR, `${split}-disagreements.md`), `# Disagreements to decide (${split})\n${disagreements.join('\n\n')}\n`);
}

/** The verdict on a question: both raters when they agree, else the developer's decision (undefined when neither). */
export function verdicts(split: string): (key: string) => Verdict | undefined {
	const A = load(split, 'A');
	const B = load(split, 'B');
	const final = load(split, 'final');
	return (key) => {
		const a = A[key];
		const b = B[key];
		if (a && b && a.acceptable === b.acceptable) return combined(a, b);
		return a && b && final[key] ? combined(a, b, final[key]) : a && b ? undefined : final[key];
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [cmd, split, arg] = process.argv.slice(2);
	if (cmd === 'store' && split && arg) store(split, arg);
	else if (cmd === 'decide' && split && arg) decide(split, arg);
	else if (cmd === 'score' && split) score(split);
	else {
		console.error('Usage: npx tsx scripts/eval-ratings.ts store <split> <round dir> | decide <split> <file> | score <split>');
		process.exit(1);
	}
}
