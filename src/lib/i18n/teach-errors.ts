// Service error codes → the sentence a teacher reads, in the request's language.
import { m } from '$lib/paraglide/messages';
import type { SetFileError } from '$lib/server/export/set-file';
import type { ExtractError } from '$lib/server/import/documents';
import { ARTICLES_PER_HOUR, type NewSetFormError, type PublishError, type QuestionDraftError } from '$lib/server/services/question-sets';
import { waitLabel } from './wait';
import { FETCH_MAX_BYTES, FETCH_MAX_REDIRECTS, FETCH_TIMEOUT_MS, type FetchErrorCode } from '$lib/server/import/fetch-page';

export function questionError(code: QuestionDraftError | 'not_found'): string {
	switch (code) {
		case 'bad_type':
			return m.teach_err_bad_type();
		case 'prompt_required':
			return m.teach_err_prompt_required();
		case 'prompt_too_long':
			return m.teach_err_prompt_too_long({ max: 500 });
		case 'answer_required':
			return m.teach_err_answer_required();
		case 'answer_too_long':
			return m.teach_err_answer_too_long({ max: 200 });
		case 'choice_too_long':
			return m.teach_err_choice_too_long({ max: 200 });
		case 'choices_too_few':
			return m.teach_err_choices_too_few();
		case 'choices_too_many':
			return m.teach_err_choices_too_many({ max: 8 });
		case 'choices_duplicate':
			return m.teach_err_choices_duplicate();
		case 'answer_not_in_choices':
			return m.teach_err_answer_not_in_choices();
		case 'truefalse_answer':
			return m.teach_err_truefalse_answer();
		case 'not_found':
			return m.teach_err_question_not_found();
	}
}

export function publishError(code: PublishError): string {
	switch (code) {
		case 'not_found':
			return m.teach_err_question_not_found();
		case 'no_class':
			return m.teach_publish_err_no_class();
		case 'bad_class':
			return m.teach_publish_err_bad_class();
		case 'no_approved':
			return m.teach_publish_err_no_approved();
		case 'bad_due':
			return m.teach_publish_err_bad_due();
		case 'past_due':
			return m.teach_publish_err_past_due();
	}
}

/** Why a page could not be imported from its address. */
export function importUrlError(code: FetchErrorCode, status?: number): string {
	switch (code) {
		case 'bad_url':
			return m.teach_new_err_url_bad();
		case 'scheme':
			return m.teach_new_err_url_scheme();
		case 'private_address':
			return m.teach_new_err_url_private();
		case 'timeout':
			return m.teach_new_err_url_timeout({ seconds: FETCH_TIMEOUT_MS / 1000 });
		case 'too_large':
			return m.teach_new_err_url_too_large({ max: FETCH_MAX_BYTES / (1024 * 1024) });
		case 'not_html':
			return m.teach_new_err_url_not_html();
		case 'http_status':
			return m.teach_new_err_url_status({ status: status ?? 0 });
		case 'too_many_redirects':
			return m.teach_new_err_url_redirects({ max: FETCH_MAX_REDIRECTS });
		case 'unreachable':
			return m.teach_new_err_url_unreachable();
	}
}

export function newSetError(
	code: Exclude<NewSetFormError, 'engine'>,
	details: { budgetSeconds?: number; limitMb?: number; retryAfterSeconds?: number; setFile?: SetFileError; url?: FetchErrorCode; status?: number; document?: ExtractError } = {}
): string {
	switch (code) {
		case 'document':
			return details.document === 'no_text' ? m.teach_new_err_document_no_text() : m.teach_new_err_document_corrupt();
		case 'url':
			return importUrlError(details.url ?? 'bad_url', details.status);
		case 'set_file':
			return details.setFile === 'not_json'
				? m.teach_new_err_set_not_json()
				: details.setFile === 'not_a_set'
					? m.teach_new_err_set_not_a_set()
					: details.setFile === 'newer_version'
						? m.teach_new_err_set_newer()
						: m.teach_new_err_set_invalid();
		case 'timeout':
			return m.teach_new_err_timeout({ seconds: details.budgetSeconds ?? 20 });
		case 'out_of_memory':
			return m.teach_new_err_out_of_memory({ mb: details.limitMb ?? 256 });
		case 'rate_limited':
			return m.teach_new_err_rate_limited({ max: ARTICLES_PER_HOUR, wait: waitLabel(details.retryAfterSeconds ?? 60) });
		case 'file_too_large':
			return m.teach_new_err_file_too_large();
		case 'file_type':
			return m.teach_new_err_file_type();
		case 'title_too_long':
			return m.teach_new_err_title_too_long({ max: 200 });
		case 'bad_date':
			return m.teach_new_err_bad_date();
	}
}
