import type { ClientBase } from 'pg';

/** One PostgreSQL connection (a `pg` Client, or a client checked out of a Pool), of which only queries are used. */
export type PostgresClient = Pick<ClientBase, 'query'>;
