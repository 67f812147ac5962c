import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { DAY_MS } from '$lib/srs/day';
import type { Dialect } from '$lib/server/db/store';

/**
 * srs/day `dayNumber` in SQL (offset: minutes east of UTC). SQLite stores instants as epoch ms;
 * PostgreSQL as timestamps, counted in seconds. The offset is written into the text, not bound:
 * PostgreSQL matches a grouped expression by its text, and two bound copies of it would differ.
 */
export function localDay(dialect: Dialect, instant: AnyColumn, offset: number): SQL<number> {
	const shift = sql.raw(String(Math.trunc(offset) * 60_000));
	const day = sql.raw(String(DAY_MS));
	if (dialect === 'sqlite') return sql<number>`(cast(${instant} + ${shift} as integer) / ${day})`;
	return sql<number>`floor((extract(epoch from ${instant}) * 1000 + ${shift}) / ${day})::integer`.mapWith(Number);
}
