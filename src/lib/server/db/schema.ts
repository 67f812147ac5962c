// The whole domain in one schema, so later work adds columns instead of rewriting tables.
// Times are stored as integer milliseconds (drizzle maps them to Date).
import { sql } from 'drizzle-orm';
import type { RemovedRange } from '../../engine/types';
import {
	sqliteTable,
	text,
	integer,
	real,
	primaryKey,
	index,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now);
const id = () => text('id').primaryKey();

export const users = sqliteTable('users', {
	id: id(),
	email: text('email').notNull().unique(),
	passwordHash: text('password_hash').notNull(),
	displayName: text('display_name').notNull(),
	role: text('role', { enum: ['teacher', 'student'] }).notNull(),
	locale: text('locale', { enum: ['en', 'fr'] }).notNull().default('en'),
	isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
	createdAt: createdAt()
});

export const sessions = sqliteTable(
	'sessions',
	{
		/** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** Rate-limited attempts (sign-in, sign-up, demo, article; see repo/users AttemptKind), kept across restarts. */
export const loginAttempts = sqliteTable(
	'login_attempts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		kind: text('kind', { enum: ['signin', 'signup', 'demo', 'article'] }).notNull().default('signin'),
		email: text('email').notNull(),
		address: text('address').notNull(),
		success: integer('success', { mode: 'boolean' }).notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('login_attempts_email_idx').on(t.email, t.address, t.at), index('login_attempts_address_idx').on(t.address, t.at)]
);

export const classes = sqliteTable(
	'classes',
	{
		id: id(),
		teacherId: text('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		joinCode: text('join_code').notNull().unique(),
		archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [index('classes_teacher_idx').on(t.teacherId)]
);

export const enrollments = sqliteTable(
	'enrollments',
	{
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		studentId: text('student_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [primaryKey({ columns: [t.classId, t.studentId] }), index('enrollments_student_idx').on(t.studentId)]
);

export const articles = sqliteTable(
	'articles',
	{
		id: id(),
		ownerId: text('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** What the teacher gave us, untouched: nothing entered is lost. */
		originalInput: text('original_input').notNull(),
		inputFormat: text('input_format', { enum: ['text', 'html'] }).notNull().default('text'),
		/** The text every stored offset refers to. */
		cleanText: text('clean_text').notNull(),
		title: text('title'),
		author: text('author'),
		publishedAt: text('published_at'),
		updatedAt: text('updated_at'),
		lang: text('lang', { enum: ['en', 'fr'] }).notNull(),
		sourceUrl: text('source_url'),
		/** JSON [[start, end], …] of boilerplate removed from analysis. */
		removed: text('removed', { mode: 'json' }).$type<RemovedRange[]>().notNull().default(sql`'[]'`),
		/** JSON of the engine's sentences (offsets into cleanText). */
		sentences: text('sentences', { mode: 'json' })
			.$type<{ index: number; start: number; end: number; text: string; paragraph: number }[]>()
			.notNull()
			.default(sql`'[]'`),
		createdAt: createdAt()
	},
	(t) => [index('articles_owner_idx').on(t.ownerId)]
);

export const facts = sqliteTable(
	'facts',
	{
		id: id(),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		/** The engine's id for the fact (`date-123`), unique within the article. */
		engineId: text('engine_id').notNull(),
		type: text('type').notNull(),
		value: text('value').notNull(),
		text: text('text').notNull(),
		start: integer('start').notNull(),
		end: integer('end').notNull(),
		sentence: integer('sentence').notNull(),
		/** Role, event, quote, statement, precision…: the engine's optional fields. */
		extra: text('extra', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`)
	},
	(t) => [uniqueIndex('facts_article_engine_idx').on(t.articleId, t.engineId)]
);

export const questionSets = sqliteTable(
	'question_sets',
	{
		id: id(),
		ownerId: text('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		lang: text('lang', { enum: ['en', 'fr'] }).notNull(),
		/** Hidden from the dashboard's list, restorable; its assignments and cards carry on. */
		archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('question_sets_owner_idx').on(t.ownerId)]
);

export const questions = sqliteTable(
	'questions',
	{
		id: id(),
		setId: text('set_id')
			.notNull()
			.references(() => questionSets.id, { onDelete: 'cascade' }),
		type: text('type', { enum: ['mcq', 'cloze', 'truefalse', 'short', 'whosaid', 'order'] }).notNull(),
		prompt: text('prompt').notNull(),
		answer: text('answer').notNull(),
		answerValue: text('answer_value').notNull(),
		choices: text('choices', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
		factIds: text('fact_ids', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
		evidenceText: text('evidence_text').notNull().default(''),
		evidenceStart: integer('evidence_start'),
		evidenceEnd: integer('evidence_end'),
		difficulty: real('difficulty').notNull().default(0.5),
		/** The engine's estimate that a teacher accepts the question as it is (null: written by hand). */
		confidence: real('confidence'),
		status: text('status', { enum: ['draft', 'approved', 'rejected'] }).notNull().default('draft'),
		origin: text('origin', { enum: ['engine', 'teacher'] }).notNull().default('engine'),
		position: integer('position').notNull(),
		/** Bumped on every edit, so an answer records which wording the student saw. */
		version: integer('version').notNull().default(1),
		/** Soft delete: the review log keeps pointing at the question; its cards are suspended. */
		deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('questions_set_idx').on(t.setId, t.position)]
);

export const assignments = sqliteTable(
	'assignments',
	{
		id: id(),
		setId: text('set_id')
			.notNull()
			.references(() => questionSets.id, { onDelete: 'cascade' }),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		dueAt: integer('due_at', { mode: 'timestamp_ms' }),
		/**
		 * Study material: students may add the questions to their flashcards before any quiz.
		 * Otherwise the cards (answers included) come only after the student has submitted the quiz.
		 */
		studyMaterial: integer('study_material', { mode: 'boolean' }).notNull().default(false),
		/** Open book: the article stays beside the questions. Closed book: hidden from the quiz's start to its submission. */
		openBook: integer('open_book', { mode: 'boolean' }).notNull().default(true),
		publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('assignments_set_class_idx').on(t.setId, t.classId), index('assignments_class_idx').on(t.classId)]
);

export const quizAttempts = sqliteTable(
	'quiz_attempts',
	{
		id: id(),
		assignmentId: text('assignment_id')
			.notNull()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		studentId: text('student_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		score: real('score'),
		correctCount: integer('correct_count'),
		total: integer('total'),
		durationMs: integer('duration_ms')
	},
	// One attempt per student and assignment: a second submission cannot create a second one.
	(t) => [uniqueIndex('quiz_attempts_assignment_student_idx').on(t.assignmentId, t.studentId)]
);

export const quizAnswers = sqliteTable(
	'quiz_answers',
	{
		id: id(),
		attemptId: text('attempt_id')
			.notNull()
			.references(() => quizAttempts.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		questionVersion: integer('question_version').notNull(),
		response: text('response').notNull(),
		verdict: text('verdict', { enum: ['correct', 'close', 'wrong'] }).notNull(),
		correct: integer('correct', { mode: 'boolean' }).notNull()
	},
	(t) => [uniqueIndex('quiz_answers_attempt_question_idx').on(t.attemptId, t.questionId), index('quiz_answers_question_idx').on(t.questionId)]
);

/** FSRS state of one question for one student (ts-fsrs Card fields). */
export const cards = sqliteTable(
	'cards',
	{
		id: id(),
		studentId: text('student_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		due: integer('due', { mode: 'timestamp_ms' }).notNull(),
		stability: real('stability').notNull().default(0),
		difficulty: real('difficulty').notNull().default(0),
		elapsedDays: real('elapsed_days').notNull().default(0),
		scheduledDays: real('scheduled_days').notNull().default(0),
		learningSteps: integer('learning_steps').notNull().default(0),
		reps: integer('reps').notNull().default(0),
		lapses: integer('lapses').notNull().default(0),
		/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
		state: integer('state').notNull().default(0),
		lastReview: integer('last_review', { mode: 'timestamp_ms' }),
		suspended: integer('suspended', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('cards_student_question_idx').on(t.studentId, t.questionId),
		// Today's queue reads each state's cards in due order (learning, review, new) as index ranges;
		// the forecast and "next due" read the started states the same way. One index: every review
		// moves `due`, and each index on it is one more write per review.
		index('cards_student_state_due_idx').on(t.studentId, t.suspended, t.state, t.due)
	]
);

/** Append-only: a row is never updated or deleted; undo appends an 'undo' row. */
export const reviewLogs = sqliteTable(
	'review_logs',
	{
		/** Generated by the client, so a retried or double-clicked submission records one review. */
		id: text('id').primaryKey(),
		cardId: text('card_id')
			.notNull()
			.references(() => cards.id, { onDelete: 'cascade' }),
		studentId: text('student_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['review', 'undo', 'quiz'] }).notNull().default('review'),
		/** For kind 'undo': the review it cancels. */
		undoes: text('undoes'),
		/** ts-fsrs Rating 1–4 (0 for undo rows). */
		rating: integer('rating').notNull(),
		stateBefore: integer('state_before').notNull(),
		stateAfter: integer('state_after').notNull(),
		due: integer('due', { mode: 'timestamp_ms' }).notNull(),
		stability: real('stability').notNull(),
		difficulty: real('difficulty').notNull(),
		elapsedDays: real('elapsed_days').notNull(),
		lastElapsedDays: real('last_elapsed_days').notNull().default(0),
		scheduledDays: real('scheduled_days').notNull(),
		learningSteps: integer('learning_steps').notNull().default(0),
		durationMs: integer('duration_ms'),
		/** The card exactly as it was before this review, for an exact undo. */
		cardBefore: text('card_before', { mode: 'json' }).$type<Record<string, unknown>>(),
		reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('review_logs_student_time_idx').on(t.studentId, t.reviewedAt), index('review_logs_card_idx').on(t.cardId, t.reviewedAt)]
);

export const studySettings = sqliteTable('study_settings', {
	studentId: text('student_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	desiredRetention: real('desired_retention').notNull().default(0.9),
	newPerDay: integer('new_per_day').notNull().default(20),
	reviewsPerDay: integer('reviews_per_day').notNull().default(200),
	/** Personal FSRS parameters fitted from the student's log; null = defaults. */
	parameters: text('parameters', { mode: 'json' }).$type<number[]>(),
	/** Log loss / RMSE before and after fitting, shown to the student. */
	fitMetrics: text('fit_metrics', { mode: 'json' }).$type<Record<string, number>>(),
	fittedAt: integer('fitted_at', { mode: 'timestamp_ms' }),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
});

export type User = typeof users.$inferSelect;
export type Class = typeof classes.$inferSelect;
export type ArticleRow = typeof articles.$inferSelect;
export type FactRow = typeof facts.$inferSelect;
export type QuestionSet = typeof questionSets.$inferSelect;
export type QuestionRow = typeof questions.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type QuizAttempt = typeof quizAttempts.$inferSelect;
export type QuizAnswer = typeof quizAnswers.$inferSelect;
export type CardRow = typeof cards.$inferSelect;
export type ReviewLogRow = typeof reviewLogs.$inferSelect;
export type StudySettings = typeof studySettings.$inferSelect;

/** One row that /healthz rewrites: the health check proves the database still takes writes. */
export const healthChecks = sqliteTable('health_checks', {
	id: integer('id').primaryKey(),
	at: integer('at', { mode: 'timestamp_ms' }).notNull()
});
