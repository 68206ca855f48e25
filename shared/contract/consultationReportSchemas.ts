import { z } from 'zod';

/** The consultation report for a period: whom the coalition consulted, when and on what (P.L. 113-183). */
const MAX_REPORT_DAYS = 3660;
const DAY_MS = 86_400_000;

export const reportDate = (which: string) =>
  z
    .string({ error: `Choose the ${which} day of the period.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2026-03-31.', abort: true })
    .refine((value) => {
      const day = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
    }, 'That date does not exist.');

/** A report's period: it ends on or after it starts, and lasts at most 10 years. */
export function withReportPeriodRules<S extends z.ZodType<{ from: string; to: string }>>(schema: S) {
  return schema
    .refine((value) => value.from <= value.to, { message: 'The period ends before it starts. Choose a last day on or after the first.', path: ['to'] })
    .refine((value) => Date.parse(value.to) - Date.parse(value.from) <= MAX_REPORT_DAYS * DAY_MS, {
      message: 'Choose a period of at most 10 years.',
      path: ['to'],
    });
}

export const consultationReportExportSchema = withReportPeriodRules(
  z
    .object({
      kind: z.literal('consultation-report'),
      from: reportDate('first'),
      to: reportDate('last'),
      format: z.enum(['pdf', 'csv']),
    })
    .strict(),
);
