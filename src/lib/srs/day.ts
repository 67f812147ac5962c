// Local days as integers. The student's day is their wall-clock day: the browser sends its UTC
// offset in a cookie (see review-session.svelte.ts); without it we fall back to the server's
// local offset. A fixed offset per request keeps the maths pure and fast; across a DST change a
// review near midnight may land on the neighbouring day in old statistics, which we accept.
export const DAY_MS = 86_400_000;
export const TZ_COOKIE = 'tz_offset';

/** Minutes east of UTC (Paris in winter: 60). */
export type Offset = number;

export function dayNumber(t: Date | number, offset: Offset): number {
	return Math.floor((+t + offset * 60_000) / DAY_MS);
}

/** The instant a local day begins. */
export function dayStart(day: number, offset: Offset): Date {
	return new Date(day * DAY_MS - offset * 60_000);
}

/** The local day as YYYY-MM-DD, for keys and labels. */
export function dayIso(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A calendar date (UTC fields) for a local day, to format with Intl and `timeZone: 'UTC'`. */
export function dayDate(day: number): Date {
	return new Date(day * DAY_MS);
}

/** Reads the cookie value; anything odd falls back (real offsets lie within ±14 h). */
export function parseOffset(raw: string | null | undefined, fallback: Offset): Offset {
	if (raw == null || !/^-?\d{1,4}$/.test(raw.trim())) return fallback;
	const n = Number(raw);
	return n >= -840 && n <= 840 ? n : fallback;
}

export function serverOffset(now = new Date()): Offset {
	return -now.getTimezoneOffset();
}
