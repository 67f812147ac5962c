// The same tables as `schema.ts` for PostgreSQL (issue 13: a district on PostgreSQL). Only the
// column types differ: times are `timestamptz` (drizzle maps them to Date, as SQLite's integer
// milliseconds), flags `boolean`, JSON `jsonb`, reals `double precision`. `schema-parity.test.ts`
// proves both describe the same tables, columns, keys and indexes; change both together.
// Migrations: `npx drizzle-kit generate --config drizzle-pg.config.ts` writes them to drizzle/pg/.
import { sql } from 'drizzle-orm';
import type { RemovedRange } from '../../engine/types';
import { pgTable, text, integer, doublePrecision, boolean, jsonb, timestamp, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';

const time = (name: string) => timestamp(name, { mode: 'date', precision: 3, withTimezone: true });
const createdAt = () => time('created_at').notNull().defaultNow();
const id = () => text('id').primaryKey();

export const users = pgTable('users', {
	id: id(),
	email: text('email').notNull().unique(),
	passwordHash: text('password_hash').notNull(),
	displayName: text('display_name').notNull(),
	role: text('role', { enum: ['teacher', 'student'] }).notNull(),
	locale: text('locale', { enum: ['en', 'fr'] }).notNull().default('en'),
	isDemo: boolean('is_demo').notNull().default(false),
	createdAt: createdAt()
});

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: time('expires_at').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** Rate-limited attempts (sign-in, sign-up, demo, article; see repo/users AttemptKind), kept across restarts. */
export const loginAttempts = pgTable(
	'login_attempts',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		kind: text('kind', { enum: ['signin', 'signup', 'demo', 'article'] }).notNull().default('signin'),
		email: text('email').notNull(),
		address: text('address').notNull(),
		success: boolean('success').notNull(),
		at: time('at').notNull()
	},
	(t) => [index('login_attempts_email_idx').on(t.email, t.address, t.at), index('login_attempts_address_idx').on(t.address, t.at)]
);

export const classes = pgTable(
	'classes',
	{
		id: id(),
		teacherId: text('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		joinCode: text('join_code').notNull().unique(),
		archivedAt: time('archived_at'),
		createdAt: createdAt()
	},
	(t) => [index('classes_teacher_idx').on(t.teacherId)]
);

export const enrollments = pgTable(
	'enrollments',
	{
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		studentId: text('student_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: time('joined_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.classId, t.studentId] }), index('enrollments_student_idx').on(t.studentId)]
);

export const articles = pgTable(
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
		removed: jsonb('removed').$type<RemovedRange[]>().notNull().default(sql`'[]'::jsonb`),
		/** JSON of the engine's sentences (offsets into cleanText). */
		sentences: jsonb('sentences')
			.$type<{ index: number; start: number; end: number; text: string; paragraph: number }[]>()
			.notNull()
			.default(sql`'[]'::jsonb`),
		createdAt: createdAt()
	},
	(t) => [index('articles_owner_idx').on(t.ownerId)]
);

export const facts = pgTable(
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
		extra: jsonb('extra').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`)
	},
	(t) => [uniqueIndex('facts_article_engine_idx').on(t.articleId, t.engineId)]
);

export const questionSets = pgTable(
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
		archivedAt: time('archived_at'),
		createdAt: createdAt(),
		updatedAt: time('updated_at').notNull().defaultNow()
	},
	(t) => [index('question_sets_owner_idx').on(t.ownerId)]
);

export const questions = pgTable(
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
		choices: jsonb('choices').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
		factIds: jsonb('fact_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
		evidenceText: text('evidence_text').notNull().default(''),
		evidenceStart: integer('evidence_start'),
		evidenceEnd: integer('evidence_end'),
		difficulty: doublePrecision('difficulty').notNull().default(0.5),
		/** The engine's estimate that a teacher accepts the question as it is (null: written by hand). */
		confidence: doublePrecision('confidence'),
		status: text('status', { enum: ['draft', 'approved', 'rejected'] }).notNull().default('draft'),
		origin: text('origin', { enum: ['engine', 'teacher'] }).notNull().default('engine'),
		position: integer('position').notNull(),
		/** Bumped on every edit, so an answer records which wording the student saw. */
		version: integer('version').notNull().default(1),
		/** Soft delete: the review log keeps pointing at the question; its cards are suspended. */
		deletedAt: time('deleted_at'),
		createdAt: createdAt(),
		updatedAt: time('updated_at').notNull().defaultNow()
	},
	(t) => [index('questions_set_idx').on(t.setId, t.position)]
);

export const assignments = pgTable(
	'assignments',
	{
		id: id(),
		setId: text('set_id')
			.notNull()
			.references(() => questionSets.id, { onDelete: 'cascade' }),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		dueAt: time('due_at'),
		/**
		 * Study material: students may add the questions to their flashcards before any quiz.
		 * Otherwise the cards (answers included) come only after the student has submitted the quiz.
		 */
		studyMaterial: boolean('study_material').notNull().default(false),
		/** Open book: the article stays beside the questions. Closed book: hidden from the quiz's start to its submission. */
		openBook: boolean('open_book').notNull().default(true),
		publishedAt: time('published_at').notNull().defaultNow()
	},
	(t) => [uniqueIndex('assignments_set_class_idx').on(t.setId, t.classId), index('assignments_class_idx').on(t.classId)]
);

export const quizAttempts = pgTable(
	'quiz_attempts',
	{
		id: id(),
		assignmentId: text('assignment_id')
			.notNull()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		studentId: text('student_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		startedAt: time('started_at').notNull(),
		submittedAt: time('submitted_at'),
		score: doublePrecision('score'),
		correctCount: integer('correct_count'),
		total: integer('total'),
		durationMs: integer('duration_ms')
	},
	// One attempt per student and assignment: a second submission cannot create a second one.
	(t) => [uniqueIndex('quiz_attempts_assignment_student_idx').on(t.assignmentId, t.studentId)]
);

export const quizAnswers = pgTable(
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
		correct: boolean('correct').notNull()
	},
	(t) => [uniqueIndex('quiz_answers_attempt_question_idx').on(t.attemptId, t.questionId), index('quiz_answers_question_idx').on(t.questionId)]
);

/** FSRS state of one question for one student (ts-fsrs Card fields). */
export const cards = pgTable(
	'cards',
	{
		id: id(),
		studentId: text('student_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		due: time('due').notNull(),
		stability: doublePrecision('stability').notNull().default(0),
		difficulty: doublePrecision('difficulty').notNull().default(0),
		elapsedDays: doublePrecision('elapsed_days').notNull().default(0),
		scheduledDays: doublePrecision('scheduled_days').notNull().default(0),
		learningSteps: integer('learning_steps').notNull().default(0),
		reps: integer('reps').notNull().default(0),
		lapses: integer('lapses').notNull().default(0),
		/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
		state: integer('state').notNull().default(0),
		lastReview: time('last_review'),
		suspended: boolean('suspended').notNull().default(false),
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
export const reviewLogs = pgTable(
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
		due: time('due').notNull(),
		stability: doublePrecision('stability').notNull(),
		difficulty: doublePrecision('difficulty').notNull(),
		elapsedDays: doublePrecision('elapsed_days').notNull(),
		lastElapsedDays: doublePrecision('last_elapsed_days').notNull().default(0),
		scheduledDays: doublePrecision('scheduled_days').notNull(),
		learningSteps: integer('learning_steps').notNull().default(0),
		durationMs: integer('duration_ms'),
		/** The card exactly as it was before this review, for an exact undo. */
		cardBefore: jsonb('card_before').$type<Record<string, unknown>>(),
		reviewedAt: time('reviewed_at').notNull()
	},
	(t) => [index('review_logs_student_time_idx').on(t.studentId, t.reviewedAt), index('review_logs_card_idx').on(t.cardId, t.reviewedAt)]
);

export const studySettings = pgTable('study_settings', {
	studentId: text('student_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	desiredRetention: doublePrecision('desired_retention').notNull().default(0.9),
	newPerDay: integer('new_per_day').notNull().default(20),
	reviewsPerDay: integer('reviews_per_day').notNull().default(200),
	/** Personal FSRS parameters fitted from the student's log; null = defaults. */
	parameters: jsonb('parameters').$type<number[]>(),
	/** Log loss / RMSE before and after fitting, shown to the student. */
	fitMetrics: jsonb('fit_metrics').$type<Record<string, number>>(),
	fittedAt: time('fitted_at'),
	updatedAt: time('updated_at').notNull().defaultNow()
});

/** One row that /healthz rewrites: the health check proves the database still takes writes. */
export const healthChecks = pgTable('health_checks', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	at: time('at').notNull()
});
