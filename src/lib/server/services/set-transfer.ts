// Question sets out to other tools (CSV, Moodle GIFT and XML, Anki, the app's own JSON) and back in from
// that JSON; an assignment's results out as CSV for a gradebook. Only the owner exports.
import type { Db } from '$lib/server/db';
import { articles, questionSets, questions } from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';
import * as setsRepo from '$lib/server/repo/sets';
import * as questionsRepo from '$lib/server/repo/questions';
import * as factsRepo from '$lib/server/repo/facts';
import { questionsCsv, questionsGift, questionsMoodleXml, resultsCsv } from '$lib/server/export/formats';
import { questionsApkg } from '$lib/server/export/apkg';
import { SET_FILE_FORMAT, SET_FILE_VERSION, type SetFile } from '$lib/server/export/set-file';
import { assignmentReport } from './reports';

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
export function setFile(db: Db, ownerId: string, setId: string): SetFile | null {
	const set = setsRepo.findForOwner(db, ownerId, setId);
	const article = set && setsRepo.article(db, set.articleId);
	if (!set || !article) return null;
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
		facts: setsRepo.factsOf(db, article.id).map(({ engineId, type, value, text, start, end, sentence, extra }) => ({ engineId, type, value, text, start, end, sentence, extra })),
		questions: questionsRepo
			.listAll(db, setId)
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
export function importSetFile(db: Db, ownerId: string, file: SetFile, now = new Date()): string {
	const articleId = newId();
	const setId = newId();
	db.transaction((tx) => {
		tx.insert(articles)
			.values({
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
			.run();
		factsRepo.insertMany(db, file.facts.map((f) => ({ id: newId(), articleId, ...f })));
		tx.insert(questionSets).values({ id: setId, ownerId, articleId, title: file.set.title, lang: file.set.lang, createdAt: now, updatedAt: now }).run();
		file.questions.forEach((q, position) => tx.insert(questions).values({ id: newId(), setId, ...q, position, createdAt: now, updatedAt: now }).run());
	});
	return setId;
}

/** The set in one of the export formats: CSV, GIFT, XML and Anki hold its approved questions, JSON all of them. */
export function exportSet(db: Db, ownerId: string, setId: string, format: 'apkg', now?: Date): Download<Uint8Array> | null;
export function exportSet(db: Db, ownerId: string, setId: string, format: Exclude<ExportFormat, 'apkg'>, now?: Date): Download<string> | null;
export function exportSet(db: Db, ownerId: string, setId: string, format: ExportFormat, now?: Date): Download | null;
export function exportSet(db: Db, ownerId: string, setId: string, format: ExportFormat, now = new Date()): Download | null {
	const set = setsRepo.findForOwner(db, ownerId, setId);
	if (!set) return null;
	const stem = fileStem(set.title);
	if (format === 'json') return { filename: `${stem}.lectio.json`, contentType: 'application/json; charset=utf-8', body: JSON.stringify(setFile(db, ownerId, setId), null, '\t') };
	const approved = questionsRepo.listPublished(db, setId);
	if (format === 'csv') return { filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: questionsCsv(approved, set.lang) };
	if (format === 'apkg') {
		const article = setsRepo.article(db, set.articleId);
		const source = { deck: set.title, articleTitle: article?.title || set.title, sourceUrl: article?.sourceUrl, lang: set.lang };
		return { filename: `${stem}.apkg`, contentType: 'application/octet-stream', body: questionsApkg(approved, source, now) };
	}
	if (format === 'gift') return { filename: `${stem}.gift.txt`, contentType: 'text/plain; charset=utf-8', body: questionsGift(set.title, approved) };
	return { filename: `${stem}.moodle.xml`, contentType: 'application/xml; charset=utf-8', body: questionsMoodleXml(set.title, approved) };
}

/** An assignment's results for a gradebook, in the teacher's language (separator and decimal comma). */
export function exportResults(db: Db, teacherId: string, assignmentId: string, lang: 'en' | 'fr'): Download<string> | null {
	const report = assignmentReport(db, teacherId, assignmentId);
	if (!report) return null;
	return {
		filename: `${fileStem(`${report.set.title} ${report.className}`)}.results.csv`,
		contentType: 'text/csv; charset=utf-8',
		body: resultsCsv(report.questions.length, report.students, lang)
	};
}
