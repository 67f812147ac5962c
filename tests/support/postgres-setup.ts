// vitest's global setup: one throwaway PostgreSQL cluster for the whole run (tests/support/
// postgres.ts) and a template database with the migrations applied; each PostgreSQL test copies
// the template into a database of its own (src/lib/server/db/stores.fixture.ts). Without
// PostgreSQL installed, the tests that need it fail with what to install.
import type { TestProject } from 'vitest/node';
import { postgresBin, startPostgres, POSTGRES_MISSING } from './postgres';
import { migratePg, pgStore } from '../../src/lib/server/db/pg-store';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The cluster's URL for a database name (`%s`), or the reason there is none. */
		postgres: { urlTemplate: string; template: string } | { missing: string };
	}
}

export const TEMPLATE = 'lectio_template';

export default async function setup(project: TestProject) {
	if (!postgresBin()) {
		project.provide('postgres', { missing: POSTGRES_MISSING });
		return;
	}
	const pg = startPostgres();
	pg.psql(`create database ${TEMPLATE}`);
	const store = pgStore(pg.url(TEMPLATE), { poolSize: 1 });
	try {
		await migratePg(store.pool);
	} finally {
		await store.close();
	}
	project.provide('postgres', { urlTemplate: pg.url('%s'), template: TEMPLATE });
	return () => pg.stop();
}
