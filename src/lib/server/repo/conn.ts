import type { Db } from '$lib/server/db';

/** The database or a transaction inside it: repo functions work with either. */
export type Conn = Db | Parameters<Parameters<Db['transaction']>[0]>[0];
