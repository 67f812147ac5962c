// Writes the engine's questions on fresh real articles (tests/fresh/articles.json, texts in
// .cache/fresh/) for the raters: .cache/eval/fresh.md and .json, first twelve per article as a set
// shows them. Fresh articles have no gold facts: they are read, not scored for recall, and they are
// a development set (looked at, tuned on), gathered after the corpus's dev split had been worked
// over, to see which failures are the world's and which were dev's. See tests/fresh/README.md.
//
//   npx tsx scripts/eval-fresh.ts            then: npx tsx scripts/eval-ratings.ts score fresh
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/lib/engine';
import { teacherOrder } from '../src/lib/engine/questions/confidence';
import { describe, RATED_PER_ARTICLE } from './eval-corpus';

interface FreshArticle {
	id: string;
	url: string;
	query: string;
	rank: number;
	lang: 'fr' | 'en';
	kind: string;
	published: string | null;
}

const ROOT = resolve(import.meta.dirname ?? '.', '..');
const articles = JSON.parse(readFileSync(resolve(ROOT, 'tests/fresh/articles.json'), 'utf8')) as FreshArticle[];
const md: string[] = ['# Engine questions on fresh articles', ''];
const json: unknown[] = [];
let missing = 0;
for (const a of articles) {
	const path = resolve(ROOT, '.cache/fresh', `${a.id}.txt`);
	if (!existsSync(path)) {
		console.log(`${a.id}: no cached text (see tests/fresh/README.md)`);
		missing++;
		continue;
	}
	const result = analyze(readFileSync(path, 'utf8'), a.published ? { published: a.published } : {});
	const questions = teacherOrder(result.questions);
	console.log(`${a.id.padEnd(40)} ${a.lang} ${a.kind.padEnd(12)} questions ${questions.length}  removed ${result.article.removed.length}`);
	md.push(`## ${a.id} (${a.lang}, fresh)`, '', `${a.url} · published ${a.published ?? 'unknown'} · engine title: ${result.article.title ?? '(none)'}`, '');
	questions.forEach((q, i) => {
		if (i === RATED_PER_ARTICLE) md.push('', `(questions beyond the first ${RATED_PER_ARTICLE} are not rated)`, '');
		md.push(...describe(q, i + 1));
	});
	md.push('');
	json.push({
		id: a.id,
		lang: a.lang,
		title: result.article.title,
		questions: questions.slice(0, RATED_PER_ARTICLE).map((q, i) => ({ n: i + 1, type: q.type, prompt: q.prompt, choices: q.choices, answer: q.answer, evidence: q.evidence.text }))
	});
}
mkdirSync(resolve(ROOT, '.cache/eval'), { recursive: true });
writeFileSync(resolve(ROOT, '.cache/eval/fresh.md'), md.join('\n'));
writeFileSync(resolve(ROOT, '.cache/eval/fresh.json'), JSON.stringify(json, null, 1));
console.log(`questions for reading: .cache/eval/fresh.md (${articles.length - missing} articles)`);
if (missing) process.exitCode = 1;
