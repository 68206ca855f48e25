import type { Db } from '../../../main/db/openDatabase';

export interface TracedStatement {
  source: string;
  args: unknown[];
}

/**
 * The database as a repository sees it, recording every statement it runs with its parameters, so a test can ask
 * SQLite how each one was planned (EXPLAIN QUERY PLAN) instead of timing it.
 */
export function tracedDb(db: Db, seen: TracedStatement[]): Db {
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return (source: string) => traced(target.prepare(source), source, seen);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function traced<S extends object>(statement: S, source: string, seen: TracedStatement[]): S {
  return new Proxy(statement, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (['run', 'get', 'all', 'iterate'].includes(String(property))) {
        return (...args: unknown[]) => {
          seen.push({ source, args });
          return value.apply(target, args);
        };
      }
      // pluck(), raw() and the like return the statement itself: keep tracing it.
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        return result === target ? traced(target, source, seen) : result;
      };
    },
  });
}

/** SQLite's plan of a traced statement, one detail line per step. */
export function planOf(db: Db, { source, args }: TracedStatement): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...args) as Array<{ detail: string }>).map((row) => row.detail);
}
