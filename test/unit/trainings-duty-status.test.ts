import { describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/dateFormat';
import { type DutyEvidenceInput, assessDuty, yearBefore } from '../../shared/dutyStatus';

const nothing: DutyEvidenceInput = { protocols: [], trainings: [], consultations: [], linkedMeetings: 0, linkedActionItems: 0 };
const evidence = (overrides: Partial<DutyEvidenceInput>): DutyEvidenceInput => ({ ...nothing, ...overrides });
const asOf = '2026-06-30';
/** Dates in a reason are written as the coordinator reads them. */
const asWritten = (day: string) => formatDate(day, { locale: 'en-US' });
const missingProtocol = 'An adopted protocol that serves this duty';

describe('the status of a duty of P.L. 113-183 follows from its evidence', () => {
  it('is met with an adopted protocol and a recent training for the duty to identify and serve, naming both', () => {
    const assessment = assessDuty(
      'identify-and-serve',
      evidence({ protocols: [{ title: 'Screening and referral', adoptedOn: '2026-03-04' }], trainings: [{ date: '2026-05-01' }, { date: '2025-09-10' }] }),
      asOf,
      asWritten,
    );
    expect(assessment).toEqual({
      status: 'met',
      reason: "Met: protocol 'Screening and referral' adopted Mar 4, 2026 and 2 trainings in the last 12 months",
      missing: [],
    });
  });

  it('is partly met when one need is there, saying which one is not', () => {
    const assessment = assessDuty('identify-and-serve', evidence({ trainings: [{ date: '2026-05-01' }] }), asOf, asWritten);
    expect(assessment).toEqual({
      status: 'partial',
      reason: 'Partly met: 1 training in the last 12 months, but no adopted protocol serves this duty',
      missing: [missingProtocol],
    });
    const noTraining = assessDuty(
      'identify-and-serve',
      evidence({ protocols: [{ title: 'Screening', adoptedOn: '2026-01-10' }], trainings: [{ date: '2025-06-30' }] }),
      asOf,
      asWritten,
    );
    expect(noTraining.status).toBe('partial');
    expect(noTraining.reason).toBe("Partly met: protocol 'Screening' adopted Jan 10, 2026, but no training served it in the last 12 months");
  });

  it('is missing with no evidence at all', () => {
    expect(assessDuty('locate-missing', nothing, asOf, asWritten)).toEqual({
      status: 'missing',
      reason: 'Missing: no adopted protocol serves this duty',
      missing: [missingProtocol],
    });
    expect(assessDuty('consult', nothing, asOf, asWritten)).toEqual({
      status: 'missing',
      reason: 'Missing: no consultation in the last 12 months',
      missing: ['A consultation (a meeting held with partners) in the last 12 months'],
    });
  });

  it('names linked work a duty does not count, without calling the duty met', () => {
    const assessment = assessDuty(
      'report-victims',
      evidence({ trainings: [{ date: '2026-06-01' }], linkedMeetings: 2, linkedActionItems: 1 }),
      asOf,
      asWritten,
    );
    expect(assessment).toEqual({
      status: 'missing',
      reason: 'Missing: no adopted protocol serves this duty; work toward it: 1 training, 2 linked meetings, 1 action item',
      missing: [missingProtocol],
    });
  });

  it('meets the duty to consult with a recent consultation, naming the latest', () => {
    const assessment = assessDuty(
      'consult',
      evidence({ consultations: [{ date: '2026-02-01' }, { date: '2026-06-12' }, { date: '2024-01-01' }] }),
      asOf,
      asWritten,
    );
    expect(assessment).toEqual({ status: 'met', reason: 'Met: 2 consultations in the last 12 months, the latest on Jun 12, 2026', missing: [] });
  });

  it('counts only the 12 months up to the day judged, and no protocol adopted after it', () => {
    expect(yearBefore('2026-06-30')).toBe('2025-06-30');
    const late = evidence({ protocols: [{ title: 'Later', adoptedOn: '2026-07-01' }], trainings: [{ date: '2025-06-30' }, { date: '2026-07-01' }] });
    expect(assessDuty('identify-and-serve', late, asOf, asWritten).status).toBe('missing');
    const edge = evidence({ protocols: [{ title: 'On the day', adoptedOn: asOf }], trainings: [{ date: '2025-07-01' }] });
    expect(assessDuty('identify-and-serve', edge, asOf, asWritten).status).toBe('met');
  });

  it('names the latest of several adopted protocols and counts the others', () => {
    const assessment = assessDuty(
      'report-missing',
      evidence({
        protocols: [
          { title: 'Old', adoptedOn: '2024-01-01' },
          { title: 'Missing from care response', adoptedOn: '2026-03-04' },
        ],
      }),
      asOf,
      asWritten,
    );
    expect(assessment.reason).toBe("Met: protocol 'Missing from care response' adopted Mar 4, 2026 (and 1 other)");
  });
});
