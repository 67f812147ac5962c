// Counting limits on attempts kept in the database (repo/users AttemptKind): sign-ups and demo
// sandboxes per address, articles per teacher. One rule for all of them.
import { lockKey, type Tx, type Work } from '$lib/server/db/store';
import * as usersRepo from '$lib/server/repo/users';

export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;

export interface Limit {
	count: number;
	windowMs: number;
}

/** Seconds until fewer than `limit.count` of `times` fall in the window before `now` (0: allowed now). */
export function waitSeconds(times: Date[], limit: Limit, now: Date): number {
	const recent = times.filter((t) => t.getTime() > now.getTime() - limit.windowMs).sort((a, b) => a.getTime() - b.getTime());
	if (recent.length < limit.count) return 0;
	const freesAt = recent[recent.length - limit.count].getTime() + limit.windowMs;
	return Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000));
}

/**
 * Seconds to wait before another attempt of `kind` by `key` under every one of `limits` (0: go
 * ahead). Holds the key's lock until the caller's transaction ends, so the attempt it then records
 * is counted by the next caller (lockKey).
 */
export function* attemptWait(tx: Tx, kind: usersRepo.AttemptKind, key: string, limits: Limit[], now: Date): Work<number> {
	yield* lockKey(tx, `${kind}:${key}`);
	const longest = Math.max(...limits.map((l) => l.windowMs));
	const times = yield* usersRepo.recentAttempts(tx, kind, key, new Date(now.getTime() - longest));
	return Math.max(0, ...limits.map((l) => waitSeconds(times, l, now)));
}
