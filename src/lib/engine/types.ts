// The engine's data types: the contract between its stages (ingest → segment → extract →
// generate → rank) and with the app. Pure: no database, no Svelte, no `$app`/`$env`.

export type Lang = 'fr' | 'en';

/** Character offsets into `Article.text`, `end` exclusive. */
export interface Span {
	start: number;
	end: number;
}

export interface Sentence extends Span {
	index: number;
	text: string;
	/** Which paragraph the sentence belongs to: 0 the title, 1 the standfirst, 2, 3 … the body (2 = the lede); a paste without headline starts at 2. */
	paragraph: number;
	/** A bulleted list item ("* Le Prix du jury…"): its bullet is left out of `start`. */
	listItem?: boolean;
}

export interface Token extends Span {
	text: string;
	kind: 'word' | 'number' | 'punct';
}

/**
 * Why a range of the input gives no question: boilerplate (appeals, share rows, "read also"),
 * a photo caption or credit, a crosshead, a promo, a site label, an entry of a list of prizes, a
 * paragraph printed twice, or the sentence a paste cut off at its end.
 */
export type RemovedReason = 'boilerplate' | 'caption' | 'crosshead' | 'promo' | 'label' | 'list' | 'repeat' | 'cut-off';
/** Any [start, end) range, whatever else it carries. */
export type AnyRange = readonly [number, number, ...unknown[]];
/** [start, end) of a removed range and why it was removed. */
export type RemovedRange = [start: number, end: number, reason?: RemovedReason];

/** A cleaned article. Offsets everywhere refer to `text` (the input text; for HTML input, the text extracted from it). */
export interface Article {
	text: string;
	title: string | null;
	/** Standfirst/lead paragraph, when the article has one. */
	lead: string | null;
	author: string | null;
	/** Publication date/time as ISO 8601 at the precision given (2025-01-24T21:54, 2025-01-24). */
	published: string | null;
	updated: string | null;
	lang: Lang;
	/** Ranges that are not the article's prose (boilerplate, captions, crossheads, a cut-off end…), removed from analysis. */
	removed: RemovedRange[];
	/** Metadata ranges (byline, date line): kept out of questions but not boilerplate. */
	metadata: [number, number][];
	/** Content paragraphs (title and lead included), in order. */
	paragraphs: Span[];
	/** Content sentences only (never inside `removed` or `metadata`). */
	sentences: Sentence[];
}

export type FactType =
	| 'date'
	| 'duration'
	| 'quantity'
	| 'ordinal'
	| 'money'
	| 'percent'
	| 'person'
	| 'place'
	| 'organisation'
	| 'quote'
	| 'negation'
	| 'event'
	| 'role';

/**
 * How precise a date fact is. 'decade' values are EDTF decades (the 1990s: "199X"); 'week' values
 * are ISO 8601 weeks ("2025-W03", Monday 13 – Sunday 19 January 2025).
 */
export type DatePrecision = 'decade' | 'year' | 'season' | 'month' | 'week' | 'day' | 'time';

export interface Fact extends Span {
	/** Deterministic id: `${type}-${start}` (unique within one result). */
	id: string;
	type: FactType;
	/**
	 * Normalised value.
	 * date: ISO 8601 at the text's precision (2025, 2024-12, 2025-01-17, 2024-summer, ISO week
	 * 2025-W03), decades as EDTF (199X = the 1990s);
	 * duration: ISO 8601 (P20Y, P6M, PT3H); quantity/ordinal: digits ("4"), decimals with a dot;
	 * money: "1500000 EUR"; percent: "12.5";
	 * person/place/organisation: the full name as the article gives it;
	 * quote: the speaker's full name; negation: "false"; role: the role phrase as the article words
	 * it ("président de l'académie Goncourt"), held by `person`.
	 */
	value: string;
	/** The surface text, exactly `Article.text.slice(start, end)`. */
	text: string;
	/** Index into `Article.sentences`. */
	sentence: number;
	/** Date precision (dates only). */
	precision?: DatePrecision;
	/** Unit for quantities, durations and money ("ans", "km", "EUR", "troops"…), as a short noun. */
	unit?: string;
	/** People: role or title ("président iranien"); organisations: kind ("agence de presse"). */
	role?: string;
	/** Events: how the phrase relates to its clause (what caused it, what was decided, found, named…). */
	relation?: 'cause' | 'effect' | 'purpose' | 'decision' | 'object' | 'name' | 'composition' | 'condition';
	/**
	 * Relation events: the clause's subject when it is a plain noun phrase (`agent`: "the council"),
	 * the cue's words as written (`cue`: "decided to", "a découvert") and the auxiliary before them.
	 */
	clause?: { agent: string; cue: string; aux: string };
	/** Roles: the full name of the person who holds it. */
	person?: string;
	/** Places: what kind of place. */
	placeKind?: 'city' | 'country' | 'region' | 'continent' | 'other';
	/** Quotes: the quoted words, without the quote marks. */
	quote?: string;
	/** Negations: the statement made positive, in the article's language ("l'accord contient une clause de défense mutuelle"). */
	statement?: string;
	/** The event this fact is about, as a short noun phrase in the article's language ("signature de l'accord"). */
	event?: string;
	/** Whether the value was resolved from context (implied year, relative date, pronoun speaker). */
	inferred?: boolean;
	/** 0..1, how sure the extractor is. */
	confidence?: number;
}

/** Every question type, in the order the teacher's pickers list them. */
export const QUESTION_TYPES = ['mcq', 'truefalse', 'cloze', 'short', 'whosaid', 'order'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Evidence extends Span {
	text: string;
}

export interface Question {
	/** Deterministic id: `q-${type}-${first fact id}` (unique within one result). */
	id: string;
	type: QuestionType;
	prompt: string;
	/** The answer as shown to a person ("17 janvier 2025", "Vrai", "Vladimir Poutine"). */
	answer: string;
	/**
	 * Normalised answer: same conventions as Fact.value; truefalse: "true"/"false";
	 * order: the choice indices in the right order, comma-separated ("2,0,1,3").
	 */
	answerValue: string;
	/** mcq/whosaid: 4 distinct options with the answer among them; truefalse: [true label, false label]; order: items as shown; cloze/short: []. */
	choices: string[];
	factIds: string[];
	evidence: Evidence;
	/** 0 (easy) … 1 (hard). */
	difficulty: number;
	/** How likely a teacher accepts the question as it is, 0–1 (set by the engine; absent on hand-written ones). */
	confidence?: number;
}

export interface EngineOptions {
	lang?: Lang;
	/** Publication date YYYY-MM-DD (or YYYY-MM, YYYY when only that is known); otherwise read from the article's date line. */
	published?: string;
	/** Input format; detected when absent. */
	format?: 'text' | 'html';
	/** Maximum number of questions (default 30). */
	max?: number;
	/** Questions below this confidence are left out (default `CONFIDENCE_FLOOR`, 0.04; 0 keeps every valid question). */
	minConfidence?: number;
	/**
	 * Keep every form of a blank: the cloze, the multiple choice and the worded question of one answer
	 * of a sentence. A set asks each once (the second form's options would give the first away); the
	 * tests that read one form's options or wording ask for all of them.
	 */
	everyForm?: boolean;
	/**
	 * The headline the teacher gave the set, for a paste that starts with its lede: an answer the
	 * headline gives away counts as given away, as with a headline read from the text.
	 */
	title?: string;
	/**
	 * For the evaluation's "why was this fact not asked": told, per fact id, each step of question
	 * making that left it out (not usable, not short-listed, a form refused and why, not chosen).
	 */
	trace?: QuestionTrace;
}

/** Receives why question making left a fact out (see `EngineOptions.trace`). */
export type QuestionTrace = (factId: string, note: string) => void;

export interface EngineResult {
	article: {
		title: string | null;
		author: string | null;
		published: string | null;
		updated: string | null;
		lang: Lang;
		removed: RemovedRange[];
	};
	/** The text all offsets refer to. */
	text: string;
	sentences: Sentence[];
	facts: Fact[];
	questions: Question[];
	/** Set when there are no questions: why (both languages). */
	emptyReason?: LocalisedText;
}

export interface LocalisedText {
	en: string;
	fr: string;
}

export type ReferencePrecision = 'day' | 'month' | 'year' | 'none';

/** What extractors receive: the cleaned article and its reference date. */
export interface ExtractContext {
	article: Article;
	/** Reference date for relative expressions, YYYY-MM-DD (the publication day, or the middle of its month or year). */
	reference: string;
	/**
	 * How much of the reference is known: a relative day ("vendredi", "hier") needs the day, "le mois
	 * dernier" the month, "l'an dernier" or a day without a year the year; 'none' (an undated text)
	 * resolves nothing from it, and a day without a year takes the year the text gave last.
	 */
	referencePrecision: ReferencePrecision;
}
