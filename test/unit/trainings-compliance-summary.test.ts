import { describe, expect, it } from 'vitest';
import { consultationCoalition } from './support/consultationCoalition';
import { runExport } from './support/exportJobs';
import { pdfPages, squeezed } from './support/pdfPages';

const CONFIDENTIAL = 'CONFIDENTIAL-MARKER-7731';
const quarter = { kind: 'compliance-summary', from: '2026-01-01', to: '2026-03-31' } as const;

describe('the compliance summary', () => {
  it('reads back: the six duties with status, reason, what is missing and evidence, then the consultations; notes left out', async () => {
    const { t } = await consultationCoalition(CONFIDENTIAL);
    await t.call('trainings.create', {
      heldOn: '2026-02-03',
      title: 'Front desk training',
      audienceSectors: ['businesses-at-risk'],
      audienceDetail: 'Hotel front desk staff',
      numberTrained: 40,
      duties: ['identify-and-serve'],
    });
    await t.call('trainings.create', { heldOn: '2026-04-01', title: 'After the period', numberTrained: 9, duties: ['identify-and-serve'] });

    const file = await runExport(t, quarter);
    expect(file.fileName).toBe('Riverside Youth Safety Coalition compliance summary 2026-01-01 to 2026-03-31 2026-04-02.pdf');
    expect(file.mimeType).toBe('application/pdf');
    const pages = pdfPages(file.bytes).map(squeezed);
    const text = pages.join('\n');
    expect(text).not.toContain(CONFIDENTIAL);
    expect(text).not.toContain('After the period');
    expect(pages[0]).toContain('Compliance summary');
    const order = [
      'The six duties',
      '1. Consult partners and document it: Met',
      '2. Identify, document and serve: Partly met',
      '6. Report missing or abducted youth: Missing',
      'Consultations',
      'Meetings and consultations',
    ];
    const at = order.map((heading) => text.indexOf(heading));
    expect(
      at.every((index) => index >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Met: 2 consultations in the last 12 months, the latest on Feb 12, 2026');
    expect(text).toContain('Partly met: 1 training in the last 12 months, but no adopted protocol serves this duty');
    expect(text).toContain('Front desk training (40 trained)');
    expect(text).toContain('An adopted protocol that serves this duty');
    expect(text).toContain('Consultation on screening');
  });

  it('refuses a period that ends before it starts, starting nothing', async () => {
    const { t } = await consultationCoalition(CONFIDENTIAL);
    const backwards = await t.fail('exports.start', { kind: 'compliance-summary', from: '2026-03-31', to: '2026-01-01' });
    expect(backwards).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { to: ['The period ends before it starts. Choose a last day on or after the first.'] },
    });
  });
});
