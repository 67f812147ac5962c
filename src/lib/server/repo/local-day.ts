import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { DAY_MS } from '$lib/srs/day';

/** srs/day `dayNumber` in SQL, for an instant column stored as epoch ms (offset: minutes east of UTC). */
export function localDay(instant: AnyColumn, offset: number): SQL<number> {
	return sql<number>`(cast(${instant} + ${offset * 60_000} as integer) / ${sql.raw(String(DAY_MS))})`;
}
