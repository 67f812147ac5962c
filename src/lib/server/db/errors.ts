// What a database error is, on either database. Errors may reach us wrapped: drizzle puts a query
// error around the driver's (PostgreSQL's SQLSTATE, SQLite's code) and keeps it as its cause.

/** The code of the first error in the cause chain that has one ("23505", "SQLITE_FULL", "ECONNREFUSED"). */
export function errorCode(error: unknown): string | undefined {
	for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
		if (typeof e.code === 'string') return e.code;
	}
	return undefined;
}

// SQLite names a unique violation, PostgreSQL gives SQLSTATE 23505.
export function isUniqueViolation(error: unknown): boolean {
	const code = errorCode(error);
	return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
