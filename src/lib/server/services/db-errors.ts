// SQLite constraint errors may reach us wrapped (drizzle adds a query error around the driver's).
export function isUniqueViolation(error: unknown): boolean {
	for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
		if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
	}
	return false;
}
