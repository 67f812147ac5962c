// Writes the engine's questions on fresh real articles (tests/fresh/articles.json, texts in
// .cache/fresh/) for the raters: .cache/eval/fresh.md and .json, first twelve per article as a set
// shows them. Fresh articles have no gold facts: they are read, not scored for recall, and they are
// a development set (looked at, tuned on), gathered after the corpus's dev split had been worked
// over, to see which failures are the world's and which were dev's. See tests/fresh/README.md.
//
// A later set gathered the same way lives beside it under its own name (tests/<set>/, .cache/<set>/):
// `--set fresh2` reads and writes that one.
//
//   npx tsx scripts/eval-fresh.ts [--set fresh2]   then: npx tsx scripts/eval-ratings.ts score fresh[2]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/lib/engine';
import { teacherOrder } from '../src/lib/engine/questions/confidence';
import { forReading, RATED_PER_ARTICLE } from './eval-corpus';
import { engineOptionsFor, loadFreshSet } from './corpus';

const ROOT = resolve(import.meta.dirname ?? '.', '..');
const at = process.argv.indexOf('--set');
const SET = at >= 0 ? process.argv[at + 1] ?? '' : 'fresh';
if (!/^fresh\d*$/.test(SET)) {
	console.error(`--set takes the name of a set of fresh articles (fresh, fresh2…), not "${SET}"`);
	process.exit(2);
}
const articles = loadFreshSet(SET);
const md: string[] = ['# Engine questions on fresh articles', ''];
const json: unknown[] = [];
let missing = 0;
for (const { article: a, text } of articles) {
	if (text === null) {
		console.log(`${a.id}: no cached text (see tests/${SET}/README.md)`);
		missing++;
		continue;
	}
	const result = analyze(text, engineOptionsFor(a));
	const questions = teacherOrder(result.questions);
	console.log(`${a.id.padEnd(40)} ${a.lang} ${a.kind.padEnd(12)} questions ${questions.length}  removed ${result.article.removed.length}`);
	const reading = forReading({ ...a, split: SET }, result.article.title, questions, RATED_PER_ARTICLE);
	md.push(...reading.md);
	json.push(reading.json);
}
mkdirSync(resolve(ROOT, '.cache/eval'), { recursive: true });
writeFileSync(resolve(ROOT, `.cache/eval/${SET}.md`), md.join('\n'));
writeFileSync(resolve(ROOT, `.cache/eval/${SET}.json`), JSON.stringify(json, null, 1));
console.log(`questions for reading: .cache/eval/${SET}.md (${articles.length - missing} articles)`);
if (missing) process.exitCode = 1;
