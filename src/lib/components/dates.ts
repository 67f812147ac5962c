// Due dates are whole days, stored as the end of that day in UTC: formatted in UTC, every time
// zone shows the day the teacher picked.
import { getLocale } from '$lib/paraglide/runtime';

export function formatDueDate(d: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
	return new Intl.DateTimeFormat(getLocale(), { ...options, timeZone: 'UTC' }).format(d);
}
