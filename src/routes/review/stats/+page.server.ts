import { getStore } from '$lib/server/db';
import { requireStudent } from '$lib/server/auth/guards';
import { getStats } from '$lib/server/services/review';
import { parseOffset, serverOffset, TZ_COOKIE } from '$lib/srs/day';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = requireStudent(event);
	const now = new Date();
	const offset = parseOffset(event.cookies.get(TZ_COOKIE), serverOffset(now));
	// French calendars start on Monday, American ones on Sunday.
	const weekStart = event.locals.locale === 'fr' ? 1 : 0;
	return { stats: await getStats(getStore(), user.id, now, offset, weekStart) };
}) satisfies PageServerLoad;
