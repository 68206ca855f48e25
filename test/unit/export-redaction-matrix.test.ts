import { describe, expect, it } from 'vitest';
import { type ExportRequest, exportRequestSchema } from '../../shared/contract';
import { runExport } from './support/exportJobs';
import { type ExportReader, containsMarker, exportedText } from './support/exportReaders';
import { CONFIDENTIAL_MARKER, PROTECTED_DISPLAY_NAME, PROTECTED_FULL_NAME, recordedMeeting } from './support/recordedMeeting';
import type { TestDesk } from './support/testDesk';

/** The protected youth advisor's private details, set on top of recordedMeeting's advisor. */
const PROTECTED_EMAIL = 'j@example.org';
const PROTECTED_PHONE = '541-555-0147';
const PROTECTED_NOTES = 'Ptarmigan-Notes-8812';

type Secret = 'confidentialNotes' | 'protectedIdentity';
const secretMarkers: Record<Secret, string[]> = {
  confidentialNotes: [CONFIDENTIAL_MARKER],
  protectedIdentity: [PROTECTED_FULL_NAME, PROTECTED_EMAIL, PROTECTED_PHONE, PROTECTED_NOTES],
};

interface Fixture {
  t: TestDesk;
  meetingId: string;
  seriesDay: string;
  advisorId: string;
}

/** One way to export: the request, how to read the file, what it chose to include, and whether it names the advisor. */
interface Variant {
  name: string;
  reader: ExportReader;
  run(fixture: Fixture): Promise<Uint8Array>;
  /** Secrets this export was asked to include (then they must appear: proof the reader sees them). */
  includes: Secret[];
  /** The advisor appears in it by display name (proof that protected people are there, only redacted). */
  showsAdvisor: boolean;
}

const viaExports = (request: (fixture: Fixture) => ExportRequest) => async (fixture: Fixture) => (await runExport(fixture.t, request(fixture))).bytes;
const viaRoster = (format: 'csv' | 'xlsx', protectedMembers: 'display-name' | 'leave-out' | 'include') =>
  viaExports(() => ({ kind: 'roster', format, protectedMembers }));

const recordChoices = (format: 'pdf' | 'docx'): Variant[] => [
  { name: 'default', reader: format, includes: [], showsAdvisor: true, run: viaExports(({ meetingId }) => ({ kind: 'meeting-record', meetingId, format })) },
  {
    name: 'with confidential notes',
    reader: format,
    includes: ['confidentialNotes'],
    showsAdvisor: true,
    run: viaExports(({ meetingId }) => ({ kind: 'meeting-record', meetingId, format, includeConfidential: true })),
  },
  {
    name: 'protected left out',
    reader: format,
    includes: [],
    showsAdvisor: false,
    run: viaExports(({ meetingId }) => ({ kind: 'meeting-record', meetingId, format, protectedMembers: 'leave-out' })),
  },
];

/**
 * Every export kind and format the contract offers, keyed `kind:format` (`kind:-` when the kind has one format).
 * A kind or format added to the contract fails the first test until it is listed here with its choices.
 */
const matrix: Record<string, Variant[]> = {
  'action-items:csv': [
    { name: 'all items', reader: 'text', includes: [], showsAdvisor: true, run: viaExports(() => ({ kind: 'action-items', format: 'csv', query: {} })) },
  ],
  'action-items:xlsx': [
    { name: 'all items', reader: 'xlsx', includes: [], showsAdvisor: true, run: viaExports(() => ({ kind: 'action-items', format: 'xlsx', query: {} })) },
  ],
  'meeting-record:pdf': recordChoices('pdf'),
  'meeting-record:docx': recordChoices('docx'),
  'meetings-bundle:-': [
    {
      name: 'by dates',
      reader: 'pdf',
      includes: [],
      showsAdvisor: true,
      run: viaExports(({ seriesDay }) => ({ kind: 'meetings-bundle', scope: { by: 'dates', from: seriesDay, to: seriesDay } })),
    },
    {
      name: 'with confidential notes',
      reader: 'pdf',
      includes: ['confidentialNotes'],
      showsAdvisor: true,
      run: viaExports(({ seriesDay }) => ({ kind: 'meetings-bundle', scope: { by: 'dates', from: seriesDay, to: seriesDay }, includeConfidential: true })),
    },
    {
      name: 'protected left out',
      reader: 'pdf',
      includes: [],
      showsAdvisor: false,
      run: viaExports(({ seriesDay }) => ({ kind: 'meetings-bundle', scope: { by: 'dates', from: seriesDay, to: seriesDay }, protectedMembers: 'leave-out' })),
    },
  ],
  'meeting-calendar:-': [
    { name: 'the meeting', reader: 'ics', includes: [], showsAdvisor: false, run: viaExports(({ meetingId }) => ({ kind: 'meeting-calendar', meetingId })) },
  ],
  'due-dates-calendar:-': [
    { name: 'all due dates', reader: 'ics', includes: [], showsAdvisor: false, run: viaExports(() => ({ kind: 'due-dates-calendar', query: {} })) },
  ],
  'consultation-report:pdf': [
    {
      name: 'the year',
      reader: 'pdf',
      includes: [],
      showsAdvisor: false,
      run: viaExports(() => ({ kind: 'consultation-report', from: '2026-01-01', to: '2026-12-31', format: 'pdf' })),
    },
  ],
  'consultation-report:csv': [
    {
      name: 'the year',
      reader: 'text',
      includes: [],
      showsAdvisor: false,
      run: viaExports(() => ({ kind: 'consultation-report', from: '2026-01-01', to: '2026-12-31', format: 'csv' })),
    },
  ],
  'member-digests:pdf': [
    { name: 'everyone', reader: 'pdf', includes: [], showsAdvisor: true, run: viaExports(() => ({ kind: 'member-digests', format: 'pdf' })) },
    {
      name: 'the advisor',
      reader: 'pdf',
      includes: [],
      showsAdvisor: true,
      run: viaExports(({ advisorId }) => ({ kind: 'member-digests', format: 'pdf', memberId: advisorId })),
    },
  ],
  'member-digests:txt': [
    { name: 'everyone', reader: 'text', includes: [], showsAdvisor: true, run: viaExports(() => ({ kind: 'member-digests', format: 'txt' })) },
    {
      name: 'the advisor',
      reader: 'text',
      includes: [],
      showsAdvisor: true,
      run: viaExports(({ advisorId }) => ({ kind: 'member-digests', format: 'txt', memberId: advisorId })),
    },
  ],
  ...Object.fromEntries(
    (['csv', 'xlsx'] as const).map((format) => [
      `roster:${format}`,
      [
        { name: 'display names', reader: format === 'csv' ? 'text' : 'xlsx', includes: [], showsAdvisor: true, run: viaRoster(format, 'display-name') },
        { name: 'protected left out', reader: format === 'csv' ? 'text' : 'xlsx', includes: [], showsAdvisor: false, run: viaRoster(format, 'leave-out') },
        {
          name: 'protected included in full',
          reader: format === 'csv' ? 'text' : 'xlsx',
          includes: ['protectedIdentity'],
          showsAdvisor: true,
          run: viaRoster(format, 'include'),
        },
      ] satisfies Variant[],
    ]),
  ),
};

type SchemaDef = {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  values?: unknown[];
  entries?: Record<string, string>;
  options?: Array<{ _zod: { def: SchemaDef } }>;
};
const defOf = (schema: unknown) => (schema as { _zod: { def: SchemaDef } })._zod.def;

/** `kind:format` for every export the contract declares, read from its schemas (not from this file). */
function contractExports(): string[] {
  const formatsOf = (shape: SchemaDef['shape']) => {
    const format = shape?.format;
    return format ? Object.values(defOf(format).entries ?? {}) : ['-'];
  };
  const kinds = (defOf(exportRequestSchema).options ?? []).flatMap((option) => {
    const def = defOf(option);
    const shape = def.type === 'pipe' ? defOf((def as unknown as { in: unknown }).in).shape : def.shape;
    const kind = String(defOf(shape?.kind).values?.[0]);
    return formatsOf(shape).map((format) => `${kind}:${format}`);
  });
  return kinds.sort();
}

async function redactionFixture(): Promise<Fixture> {
  const { t, meeting, members } = await recordedMeeting();
  await t.call('directory.updateMember', {
    id: members.advisor.id,
    fullName: PROTECTED_FULL_NAME,
    displayName: PROTECTED_DISPLAY_NAME,
    email: PROTECTED_EMAIL,
    phone: PROTECTED_PHONE,
    notes: PROTECTED_NOTES,
    protectedIdentity: true,
    votingMember: true,
  });
  return { t, meetingId: meeting.id, seriesDay: meeting.startsAt.slice(0, 10), advisorId: members.advisor.id };
}

describe('redaction in every export kind and format', () => {
  it('lists every kind and format the contract offers (a new one fails here until it is checked below)', () => {
    expect(Object.keys(matrix).sort()).toEqual(contractExports());
  });

  it('leaves out confidential notes and protected identities unless that export chose them, read back by independent readers', async () => {
    const fixture = await redactionFixture();
    const findings: string[] = [];
    for (const [exportName, variants] of Object.entries(matrix)) {
      for (const variant of variants) {
        const label = `${exportName} (${variant.name})`;
        const text = await exportedText(variant.reader, await variant.run(fixture));
        for (const [secret, markers] of Object.entries(secretMarkers) as Array<[Secret, string[]]>) {
          const chosen = variant.includes.includes(secret);
          for (const marker of markers) {
            // The protected member's phone and notes are only in the roster's full export; the rest must show them all.
            const expectedWhenChosen =
              secret === 'confidentialNotes' ||
              marker === PROTECTED_FULL_NAME ||
              marker === PROTECTED_EMAIL ||
              (exportName.startsWith('roster') && marker === PROTECTED_PHONE);
            if (containsMarker(text, marker) && !chosen) findings.push(`${label} shows ${secret} "${marker}"`);
            if (chosen && expectedWhenChosen && !containsMarker(text, marker))
              findings.push(`${label} chose ${secret} but "${marker}" is missing: the reader does not see it`);
          }
        }
        if (variant.showsAdvisor && !containsMarker(text, PROTECTED_DISPLAY_NAME) && !variant.includes.includes('protectedIdentity')) {
          findings.push(`${label} should name the advisor by display name (proof the reader sees names)`);
        }
        if (
          !variant.showsAdvisor &&
          exportName !== 'meeting-calendar:-' &&
          containsMarker(text, PROTECTED_DISPLAY_NAME) &&
          variant.name === 'protected left out'
        ) {
          findings.push(`${label} left protected members out but shows "${PROTECTED_DISPLAY_NAME}"`);
        }
      }
    }
    expect(findings).toEqual([]);
  }, 180_000);
});
