import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../shared/contract';
import { memberImportFields, organizationImportFields } from '../../shared/importFields';
import { memberHeaderSynonyms, organizationHeaderSynonyms } from '../../main/import/headerSynonyms';
import { notesToRichText } from '../../main/export/richText/notesToRichText';
import { sanitizeNotes } from '../../main/meetings/notesSanitizer';
import { createTestWorkspace, testDesk } from './support/testDesk';

/**
 * Every text a person (or a file) can hand the app is checked in time linear in its length. Each input is tried
 * first at 64 KB, where a quadratic pattern already costs seconds (and fails here) but still returns, then at
 * 1 MB. Costs are the process's CPU time, not the wall clock.
 */
const PROBE = 64 * 1024;
const FULL = 1024 * 1024;
const BUDGET_MS = 250;

/** Inputs that make backtracking patterns work hardest: long runs that nearly match and then do not. */
const worstInputs: Record<string, (size: number) => string> = {
  spaces: (size) => ' '.repeat(size),
  'spaces then a letter': (size) => `${' '.repeat(size - 1)}x`,
  'spaces and tabs then a letter': (size) => `${' \t'.repeat(size / 2 - 1)}x`,
  'one letter': (size) => 'a'.repeat(size),
  'dots then a space': (size) => `${'a.'.repeat(size / 2 - 1)} x`,
  'e-mail-like': (size) => 'a@a.a'.repeat(size / 5),
  'a web address without a dot': (size) => `http://${'a'.repeat(size - 8)}`,
  'a web address with dots then a space': (size) => `http://${'a.'.repeat(size / 2 - 5)} x`,
  digits: (size) => '1'.repeat(size),
  'dates run together': (size) => '2026-03-31'.repeat(size / 10),
  'open parentheses': (size) => '('.repeat(size),
  'an unclosed tag': (size) => `<br${' '.repeat(size - 4)}x`,
  entities: (size) => '&amp'.repeat(size / 4),
};

/** The ones a CSV cell can carry to the import's value readers (a whole file per cell and size is slow to run). */
const csvInputs = [
  'spaces then a letter',
  'one letter',
  'dots then a space',
  'e-mail-like',
  'a web address with dots then a space',
  'dates run together',
  'open parentheses',
];

function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function cpuMsAsync(work: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** Every schema in a channel's input that holds text, with its dotted path, found by walking zod's definitions. */
function textFields(schema: AnySchema, at: string, found: Map<AnySchema, string>, seen = new Set<AnySchema>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = schema._zod.def;
  if (holdsText(schema)) {
    found.set(schema, at);
    return;
  }
  const children: Array<[AnySchema, string]> = [];
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, AnySchema>)) children.push([value, `${at}.${key}`]);
      break;
    case 'array':
      children.push([def.element as AnySchema, `${at}[]`]);
      break;
    case 'union':
      for (const option of def.options as AnySchema[]) children.push([option, at]);
      break;
    case 'record':
      children.push([def.valueType as AnySchema, `${at}{}`]);
      break;
    case 'intersection':
      children.push([def.left as AnySchema, at], [def.right as AnySchema, at]);
      break;
    case 'pipe':
      children.push([def.in as AnySchema, at], [def.out as AnySchema, at]);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      children.push([def.innerType as AnySchema, at]);
      break;
  }
  for (const [child, path] of children) textFields(child, path, found, seen);
}

/** A schema whose input may be a string (through wrappers and pipes), tried as a whole so its own checks run in order. */
function holdsText(schema: AnySchema): boolean {
  const def = schema._zod.def;
  if (def.type === 'string') return true;
  if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)) return holdsText(def.innerType as AnySchema);
  if (def.type === 'pipe') return holdsText(def.in as AnySchema);
  return false;
}

function allTextFields(): Array<[string, AnySchema]> {
  const found = new Map<AnySchema, string>();
  for (const [name, spec] of Object.entries(contract)) textFields(spec.input as unknown as AnySchema, name, found);
  return [...found].map(([schema, path]) => [path, schema]);
}

describe('text inputs cost time linear in their length', () => {
  const fields = allTextFields();

  it('finds the text fields of the channels', () => {
    expect(fields.length).toBeGreaterThan(60);
    const paths = fields.map(([path]) => path);
    // A schema shared by several channels is listed once, under the first channel that uses it (the coalition's name).
    for (const field of [
      /\.website$/,
      /\.email$/,
      /\.videoLink$/,
      /^agenda\.saveNotes\.html$/,
      /^(workspace\.create|settings\.setCoalitionDetails)\.name$/,
      /\.contentBase64$/,
    ]) {
      expect({ field: String(field), found: paths.some((path) => field.test(path)) }).toEqual({ field: String(field), found: true });
    }
  });

  it.each(Object.keys(worstInputs))('every channel text field checks 1 MB of %s in well under a second of CPU', (kind) => {
    const make = worstInputs[kind]!;
    for (const size of [PROBE, FULL]) {
      const input = make(size);
      const slow = fields.map(([path, schema]) => ({ path, size, ms: Math.round(cpuMs(() => schema.safeParse(input))) })).filter((cost) => cost.ms > BUDGET_MS);
      // Checked at the probe size first: a quadratic check would take hours at the full size.
      expect(slow).toEqual([]);
    }
  });

  it.each(Object.keys(worstInputs))('meeting notes of %s are sanitized and read for exports in well under a second of CPU', (kind) => {
    const make = worstInputs[kind]!;
    for (const size of [PROBE, 400_000]) {
      const html = `<p>${make(size)}</p>`;
      const ms = cpuMs(() => notesToRichText(sanitizeNotes(html).html));
      expect({ size, ms: ms > BUDGET_MS * 2 ? Math.round(ms) : 'fast' }).toEqual({ size, ms: 'fast' });
    }
  });

  it('reads each cell of an imported CSV holding 1 MB of a worst input in well under a second of CPU', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const imports = [
      {
        kind: 'organizations' as const,
        label: organizationHeaderSynonyms.name[0]!,
        columns: organizationImportFields.map((field) => organizationHeaderSynonyms[field][0]!),
      },
      { kind: 'members' as const, label: memberHeaderSynonyms.fullName[0]!, columns: memberImportFields.map((field) => memberHeaderSynonyms[field][0]!) },
    ];
    const slow: unknown[] = [];
    for (const { kind, label, columns } of imports) {
      for (const column of columns) {
        for (const inputKind of csvInputs) {
          const make = worstInputs[inputKind]!;
          for (const size of [PROBE, FULL]) {
            const csv = column === label ? `${label}\r\n${make(size)}\r\n` : `${label},${column}\r\nSample,${make(size)}\r\n`;
            const request = { kind, fileName: 'large.csv', contentBase64: Buffer.from(csv).toString('base64') };
            const ms = await cpuMsAsync(() => t.desk.router.invoke('directory.importPreview', request));
            if (ms <= BUDGET_MS * 2) continue;
            // Slow at the probe size means quadratic: the full size would take hours.
            slow.push({ kind, column, inputKind, size, ms: Math.round(ms) });
            break;
          }
        }
      }
    }
    expect(slow).toEqual([]);
  }, 300_000);
});
