import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Builds a fast-check arbitrary from a zod 4 schema by walking its definition (`_zod.def`), so that what it makes
 * passes the schema by construction: strings within their lengths, uuids, enums, literals, numbers within bounds,
 * dates in the formats the contract uses, arrays, objects, optional/nullable, unions. Refinements across fields are
 * not solved: an input may still fail one, which the caller accepts as a lower pass rate.
 *
 * `hint(field, path)` lets the caller supply the value of a named field (real ids, paths, passphrases): it wins
 * over the schema's own shape.
 */
export type FieldHint = (field: string, path: readonly string[]) => fc.Arbitrary<unknown> | undefined;

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  [key: string]: unknown;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Letters from several scripts, digits and inner punctuation: readable text with nothing to trim or reject. */
const textCharacter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éñüçÅ中文한글Дж'.split(''), ' ', '-', '.', "'");

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A real calendar day from 2024 to 2028, as YYYY-MM-DD. */
export const isoDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const isoDateTime = fc
  .tuple(isoDate, fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([day, hour, minute]) => `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

function checksOf(def: Def): CheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const format = (def.format as string | undefined) ?? checks.find((check) => check.check === 'string_format')?.format;
  if (format === 'uuid') return fc.uuid({ version: [4, 7] });
  if (format === 'email') return fc.constantFrom('ana@example.org', 'j.doe@shelter.example.com');
  const pattern = checks.find((check) => check.format === 'regex')?.pattern;
  if (pattern) {
    if (pattern.source === DATE.source) return isoDate;
    if (pattern.source === DATE_TIME.source) return isoDateTime;
    if (pattern.source === BASE64.source) return fc.base64String({ maxLength: 200 });
    return fc.stringMatching(pattern);
  }
  const min = Math.max(0, ...checks.filter((check) => check.check === 'min_length').map((check) => check.minimum ?? 0));
  const max = Math.min(10_000, ...checks.filter((check) => check.check === 'max_length').map((check) => check.maximum ?? 10_000));
  const trims = checks.some((check) => check.check === 'overwrite');
  const body = fc.string({ unit: textCharacter, minLength: min, maxLength: Math.min(max, Math.max(min, 40)) });
  // Trimmed fields start and end with a letter, so trimming never takes them under their minimum.
  const text = trims
    ? body.map((value) => (value.trim() === value ? value : `a${value.trim()}`.slice(0, max))).filter((value) => value.trim().length >= min)
    : body;
  return max > 40 && min <= max ? fc.oneof({ arbitrary: text, weight: 9 }, { arbitrary: fc.constant('x'.repeat(max)), weight: 1 }) : text;
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const integer = checks.some((check) => check.check === 'number_format');
  let min = integer ? Number.MIN_SAFE_INTEGER : -1e9;
  let max = integer ? Number.MAX_SAFE_INTEGER : 1e9;
  for (const check of checks) {
    if (check.check === 'greater_than') min = Math.max(min, (check.value ?? min) + (check.inclusive ? 0 : integer ? 1 : 1e-9));
    if (check.check === 'less_than') max = Math.min(max, (check.value ?? max) - (check.inclusive ? 0 : integer ? 1 : 1e-9));
  }
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Whether a key may be left out of its object (optional, or filled in by a default). */
function mayBeOmitted(schema: unknown): boolean {
  return ['optional', 'default', 'prefault'].includes(defOf(schema).type);
}

export function schemaArbitrary(schema: z.ZodType, hint: FieldHint = () => undefined, path: readonly string[] = []): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const field = path.at(-1);
  const hinted = field === undefined ? undefined : hint(field, path);
  if (hinted && !['object', 'optional', 'nullable', 'default', 'prefault', 'array'].includes(def.type)) return hinted;
  const inner = (child: unknown, childPath = path) => schemaArbitrary(child as z.ZodType, hint, childPath);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'null':
      return fc.constant(null);
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 3 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => inner(option)));
    case 'array': {
      const checks = checksOf(def);
      const minLength = Math.max(0, ...checks.filter((check) => check.check === 'min_length').map((check) => check.minimum ?? 0));
      const maxLength = Math.min(Math.max(minLength, 5), ...checks.filter((check) => check.check === 'max_length').map((check) => check.maximum ?? Infinity));
      return fc.array(inner(def.element), { minLength, maxLength });
    }
    case 'record':
      return fc.dictionary(fc.string({ unit: textCharacter, minLength: 1, maxLength: 12 }), inner(def.valueType, [...path, '*']), { maxKeys: 4 });
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const keys = Object.keys(shape);
      const record = fc.record(Object.fromEntries(keys.map((key) => [key, inner(shape[key], [...path, key])])), {
        requiredKeys: keys.filter((key) => !mayBeOmitted(shape[key])),
      });
      return record;
    }
    default:
      throw new Error(`schemaArbitrary: no generator for zod type "${def.type}" at ${path.join('.') || '(root)'}`);
  }
}
