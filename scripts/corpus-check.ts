// Checks the real-article corpus (tests/corpus/*.json against the cached texts in .cache/corpus/):
// each file has the required fields, each fact's surface is found in its text, the split is
// well-formed. Run before committing a new gold file:  npx tsx scripts/corpus-check.ts [id…]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { locateSurface } from '../src/lib/engine/gold';
import { CORPUS_DIR, CACHE_DIR, type CorpusFile, FACT_TYPES_GOLD } from './corpus';

const wanted = process.argv.slice(2);
const files = readdirSync(CORPUS_DIR)
	.filter((f) => f.endsWith('.json'))
	.filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.json$/, '')));
let problems = 0;
const say = (id: string, msg: string) => {
	problems++;
	console.log(`${id}: ${msg}`);
};
for (const name of files) {
	const id = name.replace(/\.json$/, '');
	let gold: CorpusFile;
	try {
		gold = JSON.parse(readFileSync(resolve(CORPUS_DIR, name), 'utf8'));
	} catch (e) {
		say(id, `not valid JSON: ${(e as Error).message}`);
		continue;
	}
	if (gold.id !== id) say(id, `id field "${gold.id}" differs from the file name`);
	for (const key of ['url', 'query', 'lang', 'facts', 'people'] as const)
		if (gold[key] === undefined) say(id, `missing "${key}"`);
	if (gold.lang !== 'fr' && gold.lang !== 'en') say(id, `lang must be fr or en`);
	if (gold.published !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(gold.published ?? ''))
		say(id, `published must be YYYY, YYYY-MM, YYYY-MM-DD or null`);
	const textPath = resolve(CACHE_DIR, `${id}.txt`);
	if (!existsSync(textPath)) {
		say(id, `no cached text at ${textPath}`);
		continue;
	}
	const text = readFileSync(textPath, 'utf8');
	if (!Array.isArray(gold.facts) || gold.facts.length < 8 || gold.facts.length > 12)
		say(id, `needs 8–12 facts (has ${gold.facts?.length ?? 0})`);
	const ids = new Set<string>();
	for (const f of gold.facts ?? []) {
		if (ids.has(f.id)) say(id, `duplicate fact id ${f.id}`);
		ids.add(f.id);
		if (!FACT_TYPES_GOLD.includes(f.type)) say(id, `${f.id}: unknown type ${f.type}`);
		for (const key of ['subject', 'value', 'surface', 'question'] as const)
			if (typeof f[key] !== 'string' || f[key] === '') say(id, `${f.id}: missing ${key}`);
		if (f.surface && !locateSurface(text, f.surface)) say(id, `${f.id}: surface not found in text: «${f.surface}»`);
		if (f.type === 'negation' && f.value !== 'false') say(id, `${f.id}: a negation's value is "false"`);
		if (f.type === 'date' && !/^(\d{4}|\d{3}X)(-(\d{2}|W\d{2}|spring|summer|autumn|winter)(-\d{2})?)?$/.test(f.value))
			say(id, `${f.id}: date value must be ISO (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-season, YYYY-Www, 199X)`);
		if (f.type === 'duration' && !/^P(T?\d+(\.\d+)?[YMWDHS])+$/.test(f.value)) say(id, `${f.id}: duration must be ISO 8601 (P20Y, PT3H)`);
		if (['quantity', 'ordinal', 'percent'].includes(f.type) && !/^-?\d+(\.\d+)?$/.test(f.value))
			say(id, `${f.id}: ${f.type} value must be digits with a dot for decimals`);
		if (f.type === 'money' && !/^\d+(\.\d+)? [A-Z]{3}$/.test(f.value)) say(id, `${f.id}: money must be "1500000 EUR"`);
	}
	for (const p of gold.people ?? []) if (!locateSurface(text, p)) say(id, `person not found in text: «${p}»`);
	for (const line of gold.not_content ?? []) if (!locateSurface(text, line)) say(id, `not_content line not found: «${line}»`);
}
console.log(`${files.length} file(s) checked, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
