import fc from 'fast-check';

/** Ways to break one field: wrong type, out of range, too long, missing, malformed or hostile Unicode. */
export const brokenValues = {
  wrongType: fc.constantFrom<unknown>(42, -1, true, null, [], {}, ['x'], { nested: 'x' }, '42'),
  outOfRange: fc.constantFrom<unknown>(-1, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.5, Number.NaN, Infinity, '', '9999-99-99', '2026-02-30', '1-1-1'),
  tooLong: fc.constantFrom<unknown>('x'.repeat(5_000), 'é'.repeat(100_000), '中'.repeat(300)),
  malformedUnicode: fc.constantFrom<unknown>(
    '\uD800',
    'name\uDC00',
    '\u202Eevil',
    'zero\u200Bwidth',
    'nul\u0000byte',
    '\uFFFF'.repeat(20),
    '../../etc/passwd',
    '__proto__',
  ),
};

export type Mutation = { kind: 'missing' } | { kind: 'replace'; value: unknown };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'missing' }),
  ...Object.values(brokenValues).map((values) => values.map((value): Mutation => ({ kind: 'replace', value }))),
);

/** Every path to a value inside a plain object or array, the root excluded. */
export function fieldPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...fieldPaths(item, [...prefix, index])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...fieldPaths(item, [...prefix, key])]);
  }
  return [];
}

/** A copy of `input` with the field at `path` removed or replaced; the rest untouched. */
export function mutateField(input: unknown, path: Array<string | number>, mutation: Mutation): unknown {
  if (path.length === 0) return mutation.kind === 'missing' ? undefined : mutation.value;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  if (Array.isArray(input)) {
    const copy = [...input];
    if (rest.length === 0 && mutation.kind === 'missing') copy.splice(Number(head), 1);
    else copy[Number(head)] = mutateField(copy[Number(head)], rest, mutation);
    return copy;
  }
  const copy = { ...(input as Record<string, unknown>) };
  if (rest.length === 0 && mutation.kind === 'missing') delete copy[head];
  else copy[head] = mutateField(copy[head], rest, mutation);
  return copy;
}

/** The valid input with one of its fields (chosen at random) broken in one way; or the whole input replaced. */
export function oneFieldMutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), mutationArbitrary).map(([input, index, mutation]) => {
    const paths = fieldPaths(input);
    if (paths.length === 0) return mutation.kind === 'missing' ? undefined : mutation.value;
    return mutateField(input, paths[index % paths.length]!, mutation);
  });
}
