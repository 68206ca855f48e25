import { type Compilable, type CompiledQuery, type RootOperationNode, createQueryId } from 'kysely';
import { type StorageDialect, type StorageExecutor, dialectOf } from './storageEngine';

/** A value a shaped query binds: what both drivers take as a parameter (flags are 0/1 already). */
export type Binding = string | number | null;
export type Bindings = Record<string, Binding | readonly Binding[]>;

/** Where each of the compiled SQL's parameters comes from: a value the builder wrote itself, or one of the call's. */
type Slot = { constant: unknown } | { key: string; index: number | null };

interface Template {
  sql: string;
  query: RootOperationNode;
  slots: Slot[];
}

/** Templates kept per query; a shape is the engine plus each list's length, so a query has a handful at most. */
const MAX_SHAPES = 512;

/**
 * A query built and compiled by Kysely once per shape, then run with each call's values bound into the compiled SQL.
 * Kysely otherwise builds and compiles a statement on every call: ~45 µs for the 22 columns of a member, a twentieth
 * of a Members page (docs/architecture.md, "Storage port").
 *
 * The shape is the engine, which values are null, and each list's length: a builder may branch on those and nothing
 * else. It must only place the values into the query (never compare, compute with or concatenate them), which the
 * first build checks: each value must come back as a parameter of its own.
 */
export function compiledOnce<Params extends Bindings, Row>(
  build: (db: StorageExecutor, params: Params) => Compilable<Row>,
): (db: StorageExecutor, params: Params) => Promise<Row[]> {
  const templates = new Map<string, Template>();
  return async (db, params) => {
    const dialect = dialectOf(db);
    const shape = shapeOf(dialect, params);
    let template = templates.get(shape);
    if (!template) {
      template = compileTemplate(build(db, placeholdersFor(params)).compile(), params);
      if (templates.size >= MAX_SHAPES) templates.clear();
      templates.set(shape, template);
    }
    const compiled: CompiledQuery<Row> = { sql: template.sql, query: template.query, queryId: createQueryId(), parameters: bind(template.slots, params) };
    return (await db.executeQuery(compiled)).rows;
  };
}

function shapeOf(dialect: StorageDialect, params: Bindings): string {
  const parts = Object.entries(params).map(([key, value]) => `${key}:${Array.isArray(value) ? value.length : value === null ? 'null' : 'value'}`);
  return `${dialect} ${parts.join(' ')}`;
}

/**
 * Stands in for a value while the query is built, naming where the value is. Only the first build's parameters are
 * read for it (the builder's placeholders and its own constants), never a person's data; Unicode noncharacters mark it.
 */
const MARK = '\uFDD0compiledOnce\uFDD0';
const SEPARATOR = '\uFDD1';
const placeholder = (key: string, index: number | null) => `${MARK}${key}${SEPARATOR}${index ?? ''}`;

function placeholdersFor<Params extends Bindings>(params: Params): Params {
  const entries = Object.entries(params).map(([key, value]) => {
    if (Array.isArray(value)) return [key, value.map((_, index) => placeholder(key, index))];
    return [key, value === null ? null : placeholder(key, null)];
  });
  return Object.fromEntries(entries) as Params;
}

function compileTemplate(compiled: CompiledQuery, params: Bindings): Template {
  const slots = compiled.parameters.map(slotOf);
  const placed = new Set(slots.flatMap((slot) => ('key' in slot ? [placeholder(slot.key, slot.index)] : [])));
  for (const [key, value] of Object.entries(params)) {
    const expected = Array.isArray(value) ? value.map((_, index) => placeholder(key, index)) : value === null ? [] : [placeholder(key, null)];
    const missing = expected.find((name) => !placed.has(name));
    if (missing !== undefined) throw new Error(`compiledOnce: the value "${key}" is not placed into the query as a parameter of its own.`);
  }
  return { sql: compiled.sql, query: compiled.query, slots };
}

const placeholderPattern = /^\uFDD0compiledOnce\uFDD0([^\uFDD1]+)\uFDD1(\d*)$/;

function slotOf(parameter: unknown): Slot {
  if (typeof parameter !== 'string' || !parameter.includes(MARK)) return { constant: parameter };
  const [, key, index] = placeholderPattern.exec(parameter) ?? [];
  if (key === undefined) throw new Error('compiledOnce: a value was changed on its way into the query; place values as they are.');
  return { key, index: index ? Number(index) : null };
}

function bind(slots: readonly Slot[], params: Bindings): unknown[] {
  return slots.map((slot) => {
    if ('constant' in slot) return slot.constant;
    const value = params[slot.key];
    return slot.index === null ? value : (value as readonly Binding[])[slot.index];
  });
}
