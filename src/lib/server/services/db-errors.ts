// Constraint errors may reach us wrapped (drizzle adds a query error around the driver's): SQLite
// names them, PostgreSQL gives SQLSTATE 23505.
export function isUniqueViolation(error: unknown): boolean {
	for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
		if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e.code === '23505') return true;
	}
	return false;
}
