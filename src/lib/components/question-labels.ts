// Labels shared by the teacher's and the students' question views.
import { m } from '$lib/paraglide/messages';
export { QUESTION_TYPES } from '$lib/engine/types';

export function typeLabel(type: string): string {
	switch (type) {
		case 'mcq':
			return m.teach_type_mcq();
		case 'cloze':
			return m.teach_type_cloze();
		case 'truefalse':
			return m.teach_type_truefalse();
		case 'short':
			return m.teach_type_short();
		case 'whosaid':
			return m.teach_type_whosaid();
		case 'order':
			return m.teach_type_order();
		default:
			return type;
	}
}

export function statusLabel(status: string): string {
	return status === 'approved' ? m.teach_status_approved() : status === 'rejected' ? m.teach_status_rejected() : m.teach_status_draft();
}

/**
 * The engine's confidence that a teacher keeps the question as it is, in words and percent. The
 * model is calibrated on demanding raters who accepted about a third of the first questions, so
 * "likely fine" starts at 60 % (about twice the average) and "check before use" below 35 %.
 */
export function confidenceLabel(c: number): string {
	const percent = Math.round(c * 100);
	return c >= 0.6 ? m.teach_confidence_high({ percent }) : c >= 0.35 ? m.teach_confidence_medium({ percent }) : m.teach_confidence_low({ percent });
}

export function difficultyLabel(d: number): string {
	return d < 0.34 ? m.teach_difficulty_easy() : d < 0.67 ? m.teach_difficulty_medium() : m.teach_difficulty_hard();
}

const FACT_LABELS: Record<string, () => string> = {
	date: m.teach_fact_date,
	duration: m.teach_fact_duration,
	quantity: m.teach_fact_quantity,
	ordinal: m.teach_fact_ordinal,
	money: m.teach_fact_money,
	percent: m.teach_fact_percent,
	person: m.teach_fact_person,
	place: m.teach_fact_place,
	organisation: m.teach_fact_organisation,
	quote: m.teach_fact_quote,
	negation: m.teach_fact_negation,
	event: m.teach_fact_event,
	role: m.teach_fact_role
};

export function factTypeLabel(type: string): string {
	return FACT_LABELS[type]?.() ?? type;
}

export { orderItemsInAnswerOrder } from '$lib/engine/questions/order';
