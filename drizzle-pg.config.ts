import { defineConfig } from 'drizzle-kit';

// PostgreSQL migrations (issue 13), generated from the PostgreSQL twin of the schema into their
// own folder; the SQLite ones stay in drizzle/ (drizzle.config.ts).
export default defineConfig({
	schema: './src/lib/server/db/schema-pg.ts',
	out: './drizzle/pg',
	dialect: 'postgresql'
});
