// Command line: turn an article file into facts and questions.
//   npm run generate -- <file.txt|file.html|-> [--lang fr|en] [--published YYYY-MM-DD]
//                       [--format json|md] [--max N] [--min-confidence 0..1]
// `--format json` prints exactly one JSON document on stdout; errors go to stderr as one line in
// English and French with their code, and the exit status is non-zero.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, EngineError } from '../src/lib/engine/index';
import type { EngineOptions, EngineResult, Lang } from '../src/lib/engine/types';

export interface Io {
	stdout(text: string): void;
	stderr(text: string): void;
	readFile(path: string): Buffer;
}

const nodeIo: Io = {
	stdout: (t) => process.stdout.write(t),
	stderr: (t) => process.stderr.write(t),
	readFile: (p) => readFileSync(p === '-' ? 0 : p)
};

const usage =
	'Usage: npm run generate -- <file.txt|file.html|-> [--lang fr|en] [--published YYYY-MM-DD] [--format json|md] [--max N] [--min-confidence 0..1]';

class CliError extends Error {
	constructor(
		readonly code: string,
		readonly en: string,
		readonly fr: string
	) {
		super(en);
	}
}

interface Args {
	file: string;
	format: 'json' | 'md';
	opts: EngineOptions;
}

function parseArgs(argv: string[]): Args | 'help' {
	let file: string | null = null;
	let format: 'json' | 'md' = 'md';
	const opts: EngineOptions = {};
	for (let i = 0; i < argv.length; i++) {
		let arg = argv[i];
		let value: string | undefined;
		const eq = arg.indexOf('=');
		if (arg.startsWith('--') && eq > 0) {
			value = arg.slice(eq + 1);
			arg = arg.slice(0, eq);
		}
		const need = () => {
			value ??= argv[++i];
			if (value === undefined || (value.startsWith('--') && value.length > 2)) {
				throw new CliError('usage', `${arg} needs a value. ${usage}`, `${arg} attend une valeur. ${usage}`);
			}
			return value;
		};
		switch (arg) {
			case '-h':
			case '--help':
				return 'help';
			case '--lang': {
				const v = need();
				if (v !== 'fr' && v !== 'en') {
					throw new CliError('bad_option', `--lang must be fr or en, not "${v}".`, `--lang doit valoir fr ou en, et non « ${v} ».`);
				}
				opts.lang = v as Lang;
				break;
			}
			case '--published':
				opts.published = need();
				break;
			case '--format': {
				const v = need();
				if (v !== 'json' && v !== 'md') {
					throw new CliError('bad_option', `--format must be json or md, not "${v}".`, `--format doit valoir json ou md, et non « ${v} ».`);
				}
				format = v;
				break;
			}
			case '--max': {
				const v = need();
				if (!/^\d+$/.test(v)) {
					throw new CliError('bad_option', `--max must be a whole number, not "${v}".`, `--max doit être un nombre entier, et non « ${v} ».`);
				}
				opts.max = Number(v);
				break;
			}
			case '--min-confidence': {
				const v = need();
				if (!/^(?:0(?:\.\d+)?|1(?:\.0+)?)$/.test(v)) {
					throw new CliError(
						'bad_option',
						`--min-confidence must be a number from 0 to 1, not "${v}".`,
						`--min-confidence doit être un nombre de 0 à 1, et non « ${v} ».`
					);
				}
				opts.minConfidence = Number(v);
				break;
			}
			default:
				if (arg.startsWith('-') && arg !== '-') {
					throw new CliError('usage', `Unknown option ${arg}. ${usage}`, `Option inconnue ${arg}. ${usage}`);
				}
				if (file !== null) {
					throw new CliError('usage', `Only one file at a time. ${usage}`, `Un seul fichier à la fois. ${usage}`);
				}
				file = arg;
		}
	}
	if (file === null) throw new CliError('usage', `No article file given. ${usage}`, `Aucun fichier d’article indiqué. ${usage}`);
	return { file, format, opts };
}

function readArticle(io: Io, file: string): { text: string; format?: 'text' | 'html' } {
	let bytes: Buffer;
	try {
		bytes = io.readFile(file);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new CliError('file_not_found', `File not found: ${file}`, `Fichier introuvable : ${file}`);
		if (code === 'EISDIR') throw new CliError('file_not_found', `${file} is a folder, not a file.`, `${file} est un dossier, pas un fichier.`);
		throw new CliError('file_unreadable', `Cannot read ${file} (${code ?? 'error'}).`, `Impossible de lire ${file} (${code ?? 'erreur'}).`);
	}
	// Invalid UTF-8 becomes U+FFFD and NUL bytes stay, so the engine's binary check sees them.
	const text = new TextDecoder('utf-8').decode(bytes);
	const ext = extname(file).toLowerCase();
	const format = ext === '.html' || ext === '.htm' ? 'html' : ext === '.txt' ? 'text' : undefined;
	return { text, format };
}

export function toJson(result: EngineResult): object {
	return {
		article: {
			title: result.article.title,
			author: result.article.author,
			published: result.article.published,
			lang: result.article.lang,
			removed: result.article.removed
		},
		facts: result.facts.map(({ id, type, value, text, start, end, sentence, ...extra }) => ({
			id,
			type,
			value,
			text,
			start,
			end,
			sentence,
			...extra
		})),
		questions: result.questions.map((q) => ({
			id: q.id,
			type: q.type,
			prompt: q.prompt,
			answer: q.answer,
			answerValue: q.answerValue,
			choices: q.choices,
			factIds: q.factIds,
			evidence: { text: q.evidence.text, start: q.evidence.start, end: q.evidence.end },
			difficulty: q.difficulty,
			confidence: q.confidence
		}))
	};
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function toMarkdown(result: EngineResult): string {
	const a = result.article;
	const fr = a.lang === 'fr';
	const lines: string[] = [];
	lines.push(`# ${a.title ?? (fr ? '(sans titre)' : '(untitled)')}`, '');
	const meta = [
		a.author && `${fr ? 'Auteur' : 'Author'}: ${a.author}`,
		a.published && `${fr ? 'Publié' : 'Published'}: ${a.published}`,
		a.updated && `${fr ? 'Mis à jour' : 'Updated'}: ${a.updated}`,
		`${fr ? 'Langue' : 'Language'}: ${a.lang}`
	].filter(Boolean);
	lines.push(meta.join(' · '));
	for (const [s, e] of a.removed) {
		lines.push(`${fr ? 'Retiré' : 'Removed'} [${s}–${e}]: “${oneLine(result.text.slice(s, Math.min(e, s + 60)))}…”`);
	}
	lines.push('', `## ${fr ? 'Faits' : 'Facts'} (${result.facts.length})`, '');
	for (const f of result.facts) {
		const extra = [f.unit && `unit=${f.unit}`, f.role && `role=${f.role}`, f.event && `event=${f.event}`, f.inferred && 'inferred']
			.filter(Boolean)
			.join(', ');
		lines.push(`- **${f.type}** ${f.value} — “${oneLine(f.text)}” (s${f.sentence}${extra ? `; ${extra}` : ''})`);
	}
	lines.push('', `## Questions (${result.questions.length})`, '');
	result.questions.forEach((q, n) => {
		lines.push(`${n + 1}. [${q.type}, ${q.difficulty.toFixed(2)}${q.confidence !== undefined ? `, confidence ${q.confidence.toFixed(2)}` : ''}] ${q.prompt}`);
		q.choices.forEach((c, k) => {
			const right = q.type === 'order' ? false : c === q.answer;
			lines.push(`   ${String.fromCharCode(97 + k)}) ${c}${right ? ' ✓' : ''}`);
		});
		lines.push(`   → ${q.answer}  (${q.answerValue})`);
		lines.push(`   ${fr ? 'Preuve' : 'Evidence'}: “${oneLine(q.evidence.text)}”`);
	});
	if (result.emptyReason) lines.push('', fr ? result.emptyReason.fr : result.emptyReason.en);
	return lines.join('\n') + '\n';
}

/** Runs the CLI; returns the exit status. */
export function main(argv: string[], io: Io = nodeIo): number {
	try {
		const args = parseArgs(argv);
		if (args === 'help') {
			io.stdout(usage + '\n');
			return 0;
		}
		const { text, format } = readArticle(io, args.file);
		// Stray logging from the engine must never corrupt the JSON document on stdout.
		const log = console.log;
		console.log = (...parts: unknown[]) => io.stderr(parts.map(String).join(' ') + '\n');
		let result: EngineResult;
		try {
			// The input format comes from the file's extension (--format is the output's), else detection.
			result = analyze(text, { ...args.opts, format });
		} finally {
			console.log = log;
		}
		io.stdout(args.format === 'json' ? JSON.stringify(toJson(result), null, 2) + '\n' : toMarkdown(result));
		return 0;
	} catch (e) {
		if (e instanceof CliError) {
			io.stderr(`Error [${e.code}]: ${e.en} / Erreur [${e.code}] : ${e.fr}\n`);
			return 2;
		}
		if (e instanceof EngineError) {
			io.stderr(`Error [${e.code}]: ${e.messages.en} / Erreur [${e.code}] : ${e.messages.fr}\n`);
			return 1;
		}
		// A bug, not bad input: still one line, but say so.
		const message = e instanceof Error ? e.message : String(e);
		io.stderr(`Error [internal]: ${oneLine(message)} / Erreur [internal] : erreur interne du moteur.\n`);
		return 70;
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.exitCode = main(process.argv.slice(2));
}
