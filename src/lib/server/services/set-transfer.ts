// Question sets out to other tools (CSV, Moodle GIFT and XML, Anki, the app's own JSON) and back in from
// that JSON; an assignment's results out as CSV for a gradebook. Only the owner exports.
import { newId } from '$lib/server/ids';
import * as setsRepo from '$lib/server/repo/sets';
import * as questionsRepo from '$lib/server/repo/questions';
import * as factsRepo from '$lib/server/repo/facts';
import { questionsCsv, questionsGift, questionsMoodleXml, resultsCsv } from '$lib/server/export/formats';
import { questionsApkg } from '$lib/server/export/apkg';
import { SET_FILE_FORMAT, SET_FILE_VERSION, type SetFile } from '$lib/server/export/set-file';
import { assignmentReport } from './reports';
import { run, type Store, type Tx, type Work } from '$lib/server/db/store';

export const EXPORT_FORMATS = ['csv', 'gift', 'xml', 'apkg', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to download: text, or bytes for a binary file (Anki's .apkg). */
export interface Download<Body extends string | Uint8Array = string | Uint8Array> {
	filename: string;
	contentType: string;
	body: Body;
}

/** A file name from a title: letters, digits and dashes, accents kept out of the header's way. */
export function fileStem(title: string): string {
	const stem = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.toLowerCase();
	return stem || 'lectio';
}

/** The whole set as the app's JSON: the article as analysed, its facts, its live questions in order. */
export function setFile(store: Store, ownerId: string, setId: string): Promise<SetFile | null> {
	return store.read((tx) => readSetFile(tx, ownerId, setId));
}

function* readSetFile(tx: Tx, ownerId: string, setId: string): Work<SetFile | null> {
	const set = yield* setsRepo.findForOwner(tx, ownerId, setId);
	const article = set && (yield* setsRepo.article(tx, set.articleId));
	if (!set || !article) return null;
	const facts = yield* setsRepo.factsOf(tx, article.id);
	const questions = yield* questionsRepo.listAll(tx, setId);
	return {
		format: SET_FILE_FORMAT,
		version: SET_FILE_VERSION,
		set: { title: set.title, lang: set.lang },
		article: {
			text: article.cleanText,
			title: article.title,
			author: article.author,
			publishedAt: article.publishedAt,
			updatedAt: article.updatedAt,
			sourceUrl: article.sourceUrl,
			removed: article.removed.map(([start, end, reason]) => (reason ? [start, end, reason] : [start, end])),
			sentences: article.sentences
		},
		facts: facts.map(({ engineId, type, value, text, start, end, sentence, extra }) => ({ engineId, type, value, text, start, end, sentence, extra })),
		questions: questions
			.filter((q) => !q.deletedAt)
			.map(({ type, prompt, answer, answerValue, choices, factIds, evidenceText, evidenceStart, evidenceEnd, difficulty, confidence, status, origin }) => ({
				type,
				prompt,
				answer,
				answerValue,
				choices,
				factIds,
				evidenceText,
				evidenceStart,
				evidenceEnd,
				difficulty,
				confidence,
				status,
				origin
			}))
	};
}

/** Writes a checked set file (see parseSetFile) as a new set of the teacher's, in one transaction. */
export async function importSetFile(store: Store, ownerId: string, file: SetFile, now = new Date()): Promise<string> {
	const articleId = newId();
	const setId = newId();
	await store.write(function* (tx) {
		const { db, t } = tx;
		yield* run(
			db.insert(t.articles).values({
				id: articleId,
				ownerId,
				originalInput: file.article.text,
				inputFormat: 'text',
				cleanText: file.article.text,
				title: file.article.title,
				author: file.article.author,
				publishedAt: file.article.publishedAt,
				updatedAt: file.article.updatedAt,
				lang: file.set.lang,
				sourceUrl: file.article.sourceUrl,
				removed: file.article.removed as never,
				sentences: file.article.sentences,
				createdAt: now
			})
		);
		yield* factsRepo.insertMany(tx, file.facts.map((f) => ({ id: newId(), articleId, ...f })));
		yield* run(db.insert(t.questionSets).values({ id: setId, ownerId, articleId, title: file.set.title, lang: file.set.lang, createdAt: now, updatedAt: now }));
		if (file.questions.length) yield* run(db.insert(t.questions).values(file.questions.map((q, position) => ({ id: newId(), setId, ...q, position, createdAt: now, updatedAt: now }))));
	});
	return setId;
}

/** The set in one of the export formats: CSV, GIFT, XML and Anki hold its approved questions, JSON all of them. */
export function exportSet(store: Store, ownerId: string, setId: string, format: 'apkg', now?: Date): Promise<Download<Uint8Array> | null>;
export function exportSet(store: Store, ownerId: string, setId: string, format: Exclude<ExportFormat, 'apkg'>, now?: Date): Promise<Download<string> | null>;
export function exportSet(store: Store, ownerId: string, setId: string, format: ExportFormat, now?: Date): Promise<Download | null>;
export async function exportSet(store: Store, ownerId: string, setId: string, format: ExportFormat, now = new Date()): Promise<Download | null> {
	if (format === 'json') {
		const file = await setFile(store, ownerId, setId);
		return file && { filename: `${fileStem(file.set.title)}.lectio.json`, contentType: 'application/json; charset=utf-8', body: JSON.stringify(file, null, '\t') };
	}
	const found = await store.read(function* (tx) {
		const set = yield* setsRepo.findForOwner(tx, ownerId, setId);
		if (!set) return null;
		return { set, approved: yield* questionsRepo.listPublished(tx, setId), article: format === 'apkg' ? yield* setsRepo.article(tx, set.articleId) : undefined };
	});
	if (!found) return null;
	const { set, approved, article } = found;
	const stem = fileStem(set.title);
	if (format === 'csv') return { filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: questionsCsv(approved, set.lang) };
	if (format === 'apkg') {
		const source = { deck: set.title, articleTitle: article?.title || set.title, sourceUrl: article?.sourceUrl, lang: set.lang };
		return { filename: `${stem}.apkg`, contentType: 'application/octet-stream', body: questionsApkg(approved, source, now) };
	}
	if (format === 'gift') return { filename: `${stem}.gift.txt`, contentType: 'text/plain; charset=utf-8', body: questionsGift(set.title, approved) };
	return { filename: `${stem}.moodle.xml`, contentType: 'application/xml; charset=utf-8', body: questionsMoodleXml(set.title, approved) };
}

/** An assignment's results for a gradebook, in the teacher's language (separator and decimal comma). */
export async function exportResults(store: Store, teacherId: string, assignmentId: string, lang: 'en' | 'fr'): Promise<Download<string> | null> {
	const report = await assignmentReport(store, teacherId, assignmentId);
	if (!report) return null;
	return {
		filename: `${fileStem(`${report.set.title} ${report.className}`)}.results.csv`,
		contentType: 'text/csv; charset=utf-8',
		body: resultsCsv(report.questions.length, report.students, lang)
	};
}
