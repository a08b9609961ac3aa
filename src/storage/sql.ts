/**
 * The little SQL surface the store needs, so one store runs over the embedded PGlite and over PostgreSQL (pg)
 * alike. Both speak PostgreSQL with `$n` parameters; the differences (how a transaction is held, how a client is
 * released) stay in the two drivers.
 */
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  /** One statement with `$n` parameters. JSON values are passed as strings and cast with `::jsonb`. */
  query<R extends Row = Row>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Several statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Which backend, for messages: `pglite:/home/x/.marsad` or `postgres`. */
  readonly label: string;
}
