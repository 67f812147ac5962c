// Use case: an article becomes a stored question set (article, facts, questions) in one transaction.
import { analyze } from '$lib/engine';
import type { EngineOptions, EngineResult } from '$lib/engine/types';
import type { Db } from '$lib/server/db';
import { articles, facts, questionSets, questions } from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';

export interface NewSetInput {
	ownerId: string;
	input: string;
	title?: string | null;
	published?: string | null;
	lang?: 'en' | 'fr';
	format?: 'text' | 'html';
	sourceUrl?: string | null;
	/** Approve every generated question at once (the demo does; teachers review first). */
	approveAll?: boolean;
}

export interface NewSet {
	setId: string;
	articleId: string;
	result: EngineResult;
}

/** Throws EngineError on unusable input; nothing is written then. */
export function createSetFromArticle(db: Db, input: NewSetInput): NewSet {
	const options: EngineOptions = { max: 30 };
	if (input.lang) options.lang = input.lang;
	if (input.published) options.published = input.published;
	if (input.format) options.format = input.format;
	const result = analyze(input.input, options);
	const articleId = newId();
	const setId = newId();
	const title = input.title?.trim() || result.article.title || (result.article.lang === 'fr' ? 'Article sans titre' : 'Untitled article');

	db.transaction((tx) => {
		tx.insert(articles)
			.values({
				id: articleId,
				ownerId: input.ownerId,
				originalInput: input.input,
				inputFormat: input.format ?? (/^\s*</.test(input.input) ? 'html' : 'text'),
				cleanText: result.text,
				title: result.article.title,
				author: result.article.author,
				publishedAt: input.published || result.article.published,
				updatedAt: result.article.updated,
				lang: result.article.lang,
				sourceUrl: input.sourceUrl ?? null,
				removed: result.article.removed,
				sentences: result.sentences
			})
			.run();
		for (const fact of result.facts) {
			const { id, type, value, text, start, end, sentence, ...extra } = fact;
			tx.insert(facts)
				.values({ id: newId(), articleId, engineId: id, type, value, text, start, end, sentence, extra })
				.run();
		}
		tx.insert(questionSets).values({ id: setId, ownerId: input.ownerId, articleId, title, lang: result.article.lang }).run();
		result.questions.forEach((q, position) => {
			tx.insert(questions)
				.values({
					id: newId(),
					setId,
					type: q.type,
					prompt: q.prompt,
					answer: q.answer,
					answerValue: q.answerValue,
					choices: q.choices,
					factIds: q.factIds,
					evidenceText: q.evidence.text,
					evidenceStart: q.evidence.start,
					evidenceEnd: q.evidence.end,
					difficulty: q.difficulty,
					status: input.approveAll ? 'approved' : 'draft',
					origin: 'engine',
					position
				})
				.run();
		});
	});
	return { setId, articleId, result };
}
