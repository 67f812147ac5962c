// Due dates are whole days, stored as the end of that day in UTC: formatted in UTC, every time
// zone shows the day the teacher picked.
import { getLocale } from '$lib/paraglide/runtime';

export function formatDueDate(d: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
	return new Intl.DateTimeFormat(getLocale(), { ...options, timeZone: 'UTC' }).format(d);
}

/**
 * An article's own date as the page or the teacher gave it: a year, a month (YYYY-MM), a day or a
 * full timestamp. Shown at the precision it has, in the reader's language ("mars 2025", "12 March
 * 2025"); anything else is shown as it is.
 */
export function formatArticleDate(iso: string, style: 'short' | 'long' = 'long', locale: string = getLocale()): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
	if (!m) return iso;
	const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
	if (month === null || month < 1 || month > 12) return String(year);
	const date = new Date(Date.UTC(2000, month - 1, day ?? 1, 12));
	date.setUTCFullYear(year);
	if (day === null) return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
	if (date.getUTCDate() !== day) return iso;
	return new Intl.DateTimeFormat(locale, { year: 'numeric', month: style === 'long' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}
