// Refits the confidence model (src/lib/engine/questions/confidence.ts) on the raters' verdicts of
// the dev split (.cache/eval/ratings/, docs/engine-evaluation.md), and says whether the refit ranks
// the questions better than the weights in the code, judged on articles it was not fitted on.
//
//   npx tsx scripts/fit-confidence.ts [--lambda 10] [--split dev] [--rates]   (--rates: how often each feature's questions were accepted)
//
// Every question the current engine asks (floor 0, up to 60 per article) whose exact words a rater
// verdict exists for is a labelled example. The fit is logistic regression by gradient descent,
// each weight held (L2) towards the one in the code; the check is leave-one-article-out: the acceptable share of each article's
// first twelve rated questions when they are ordered by each model.
import { analyze } from '../src/lib/engine';
import { confidenceFeatures, WEIGHTS } from '../src/lib/engine/questions/confidence';
import type { Fact, Question } from '../src/lib/engine/types';
import { asksTopic, namedSentences } from '../src/lib/engine/questions';
import { loadCorpus, splitOf } from './corpus';
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
const split = arg('split', 'dev');
const lambda = Number(arg('lambda', '10'));
// How many of each article's rated questions the check keeps: fewer than are rated, or every order keeps them all.
const TOP = Number(arg('top', '12'));

/** What `rankCandidates` knows of a question, rebuilt from the engine's result. */
function inputOf(q: Question, facts: Fact[], named: Map<string, Set<number>>) {
	const fact = facts.find((f) => f.id === q.factIds[0]);
	if (!fact) return null;
	return { question: q, fact, copiesSentence: q.type === 'mcq' && q.prompt.includes('_____'), topic: asksTopic(q, fact, named) };
}

function examples(): Example[] {
	const verdictOf = verdicts(split);
	const corpus = loadCorpus();
	const ids = corpus.map((c) => c.file.id);
	const out: Example[] = [];
	for (const { file, text } of corpus) {
		if (text === null || splitOf(file.id, ids) !== split) continue;
		const result = analyze(text, { ...(file.published ? { published: file.published } : {}), minConfidence: 0, max: 60 });
		const named = namedSentences(result.sentences, result.facts, result.article.lang);
		result.questions.forEach((q, rank) => {
			const v = verdictOf(questionKey(file.id, { ...q, choices: q.choices.length ? q.choices : undefined }));
			const input = inputOf(q, result.facts, named);
			if (!v || !input) return;
			const x = confidenceFeatures(input, { title: result.article.title, sentences: result.sentences });
			out.push({ article: file.id, x, y: v.acceptable ? 1 : 0, rank });
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
		// show keeps what it had; a new one starts at 0.
		for (const k of Object.keys(w)) w[k] -= (rate * ((grad[k] ?? 0) + lambda * (w[k] - (start[k] ?? 0)))) / data.length;
	}
	return w;
}

/** Acceptable share of the first twelve rated questions per article, ordered by a model. */
function topTwelve(data: Example[], w: Features): number {
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

// Leave one article out: fit on the others, order the held-out article's questions.
let heldCode = 0;
let heldFit = 0;
let held = 0;
let lossCode = 0;
let lossFit = 0;
for (const a of articles) {
	const test = data.filter((e) => e.article === a);
	const w = fit(
		data.filter((e) => e.article !== a),
		WEIGHTS
	);
	const n = Math.min(TOP, test.length);
	heldCode += topTwelve(test, WEIGHTS) * n;
	heldFit += topTwelve(test, w) * n;
	held += n;
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
