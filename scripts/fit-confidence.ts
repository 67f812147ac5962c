// Refits the confidence model (src/lib/engine/questions/confidence.ts) on the raters' verdicts of
// the dev split (.cache/eval/ratings/, docs/engine-evaluation.md), and says whether the refit ranks
// the questions better than the weights in the code, judged on articles it was not fitted on.
//
//   npx tsx scripts/fit-confidence.ts [--lambda 10] [--split dev,fresh4] [--folds 10] [--top 6] [--rates]   (--rates: how often each feature's questions were accepted)
//
// --split takes the corpus's dev split and read fresh sets (tests/freshN/), comma-separated; never
// the test split, which is only scored.
//
// Every question the current engine asks (floor 0, up to 60 per article) whose exact words a rater
// verdict exists for is a labelled example. The fit is logistic regression by gradient descent,
// each weight held (L2) towards the one in the code; the check is leave-one-article-out: the acceptable share of each article's
// first rated questions (--top, 6) when they are ordered by each model.
import { analyze } from '../src/lib/engine';
import { aboutEarlierYear, confidenceFeatures, leftOut, reportedYear, SET_BY_HAND, sixMonthsBefore, WEIGHTS } from '../src/lib/engine/questions/confidence';
import type { Fact, Question, Sentence } from '../src/lib/engine/types';
import { asksTopic, namedSentences } from '../src/lib/engine/questions';
import { engineOptionsFor, loadCorpus, loadFreshSet, splitOf } from './corpus';
import { questionKey, verdicts } from './eval-ratings';

type Features = Record<string, number>;
interface Example {
	article: string;
	x: Features;
	y: 0 | 1;
	/** The engine's own order, for ties. */
	rank: number;
}

const arg = (name: string, fallback: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const splits = arg('split', 'dev').split(',');
if (splits.includes('test')) {
	console.error('The test split is only scored, never fitted on.');
	process.exit(2);
}
const lambda = Number(arg('lambda', '10'));
// How many of each article's rated questions the check keeps: fewer than are rated (about 12 per
// article: most were read as a first twelve), or every order keeps them all.
const TOP = Number(arg('top', '6'));
// --only a,b: fit these weights alone, every other held where the code has it (a new feature's weight).
const ONLY = arg('only', '') ? new Set(arg('only', '').split(',')) : null;

/** What `rankCandidates` knows of a question, rebuilt from the engine's result. */
function inputOf(q: Question, facts: Fact[], named: Map<string, Set<number>>, sentences: Sentence[], year: number, recent: string | undefined) {
	const fact = facts.find((f) => f.id === q.factIds[0]);
	if (!fact) return null;
	return { question: q, fact, copiesSentence: q.type === 'mcq' && q.prompt.includes('_____'), topic: asksTopic(q, fact, named), earlierYear: aboutEarlierYear(sentences[fact.sentence], fact, facts.filter((f) => f.type === 'date' && f.sentence === fact.sentence), year, recent) };
}

/** The articles of the chosen splits: the corpus's dev articles and the fresh sets named. */
function articlesOf(): { split: string; id: string; text: string; published: string | null; url: string }[] {
	const out: { split: string; id: string; text: string; published: string | null; url: string }[] = [];
	const corpus = loadCorpus();
	const ids = corpus.map((c) => c.file.id);
	for (const split of splits) {
		if (split === 'dev') {
			for (const { file, text } of corpus) if (text !== null && splitOf(file.id, ids) === 'dev') out.push({ split, id: file.id, text, published: file.published, url: file.url });
		} else for (const { article, text } of loadFreshSet(split)) if (text !== null) out.push({ split, id: article.id, text, published: article.published, url: article.url });
	}
	return out;
}

function examples(): Example[] {
	const out: Example[] = [];
	const verdictOf = new Map(splits.map((s) => [s, verdicts(s)]));
	for (const a of articlesOf()) {
		const { split, id, text } = a;
		const result = analyze(text, { ...engineOptionsFor(a), minConfidence: 0, max: 60 });
		const named = namedSentences(result.sentences, result.facts, result.article.lang);
		result.questions.forEach((q, rank) => {
			const v = verdictOf.get(split)!(questionKey(id, { ...q, choices: q.choices.length ? q.choices : undefined }));
			const input = inputOf(q, result.facts, named, result.sentences, reportedYear(result.sentences, result.article.published), sixMonthsBefore(result.article.published));
			if (!v || !input) return;
			const x = confidenceFeatures(input, { title: result.article.title, sentences: result.sentences });
			// (A question with a feature raters never kept is left out of every set, whatever its weights.)
			if (leftOut(x)) return;
			out.push({ article: `${split}/${id}`, x, y: v.acceptable ? 1 : 0, rank });
		});
	}
	return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: Features, x: Features) => Object.entries(x).reduce((z, [k, v]) => z + (w[k] ?? 0) * v, 0);

function fit(data: Example[], start: Features): Features {
	const w: Features = { ...start };
	for (const e of data) for (const k of Object.keys(e.x)) w[k] ??= 0;
	const rate = 0.5;
	for (let it = 0; it < 3000; it++) {
		const grad: Features = {};
		for (const e of data) {
			const err = sigmoid(dot(w, e.x)) - e.y;
			for (const [k, v] of Object.entries(e.x)) grad[k] = (grad[k] ?? 0) + err * v;
		}
		// Pulled towards the weights in the code (fitted on earlier rounds): a feature few questions
		// show keeps what it had; a new one starts at 0; one set by hand stays.
		for (const k of Object.keys(w)) if (!SET_BY_HAND.has(k) && (!ONLY || ONLY.has(k))) w[k] -= (rate * ((grad[k] ?? 0) + lambda * (w[k] - (start[k] ?? 0)))) / data.length;
	}
	return w;
}

/** Acceptable share of the first TOP rated questions per article, ordered by a model. */
function topShare(data: Example[], w: Features): number {
	const byArticle = new Map<string, Example[]>();
	for (const e of data) byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), e]);
	let good = 0;
	let n = 0;
	for (const list of byArticle.values()) {
		const top = [...list].sort((a, b) => dot(w, b.x) - dot(w, a.x) || a.rank - b.rank).slice(0, TOP);
		good += top.filter((e) => e.y).length;
		n += top.length;
	}
	return good / n;
}

function logLoss(data: Example[], w: Features): number {
	return -data.reduce((s, e) => s + Math.log(Math.max(1e-9, e.y ? sigmoid(dot(w, e.x)) : 1 - sigmoid(dot(w, e.x)))), 0) / data.length;
}

const data = examples();
const articles = [...new Set(data.map((e) => e.article))];
console.log(`${data.length} rated questions the engine still asks, ${articles.length} articles, ${data.filter((e) => e.y).length} acceptable`);

// Leave articles out (one at a time, or --folds k groups of them): fit on the others, order the
// held-out articles' questions.
const folds = Math.min(articles.length, Number(arg('folds', String(articles.length))));
let heldCode = 0;
let heldFit = 0;
let held = 0;
let lossCode = 0;
let lossFit = 0;
for (let k = 0; k < folds; k++) {
	const out = new Set(articles.filter((_, i) => i % folds === k));
	const test = data.filter((e) => out.has(e.article));
	const w = fit(
		data.filter((e) => !out.has(e.article)),
		WEIGHTS
	);
	for (const a of out) {
		const one = test.filter((e) => e.article === a);
		const n = Math.min(TOP, one.length);
		heldCode += topShare(one, WEIGHTS) * n;
		heldFit += topShare(one, w) * n;
		held += n;
	}
	lossCode += logLoss(test, WEIGHTS) * test.length;
	lossFit += logLoss(test, w) * test.length;
}
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
console.log(`held-out first ${TOP} acceptable: code weights ${pct(heldCode / held)}, refit ${pct(heldFit / held)}`);
console.log(`held-out log loss: code weights ${(lossCode / data.length).toFixed(3)}, refit ${(lossFit / data.length).toFixed(3)}`);

const w = fit(data, WEIGHTS);
const counts: Features = {};
for (const e of data) for (const [k, v] of Object.entries(e.x)) if (v) counts[k] = (counts[k] ?? 0) + 1;
console.log('\nweights fitted on every article (feature: code → refit, questions with the feature)');
for (const k of Object.keys(w).sort())
	console.log(`  ${k.padEnd(22)} ${(WEIGHTS[k] ?? 0).toFixed(2).padStart(6)} → ${w[k].toFixed(2).padStart(6)}   ${counts[k] ?? 0}`);
if (process.argv.includes('--rates'))
	for (const k of Object.keys(counts).sort()) {
		const shown = data.filter((e) => e.x[k]);
		console.log(`  ${k.padEnd(22)} ${shown.filter((e) => e.y).length}/${shown.length} accepted`);
	}
