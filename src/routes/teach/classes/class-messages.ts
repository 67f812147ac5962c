import { m } from '$lib/paraglide/messages';
import type { ClassNameError } from '$lib/server/services/classes';

export function classNameError(error: ClassNameError, name: string): string {
	if (error === 'name_required') return m.classes_error_name_required();
	if (error === 'name_too_long') return m.classes_error_name_too_long();
	return m.classes_error_name_taken({ name });
}
