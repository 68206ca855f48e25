import { z } from 'zod';
import { channel } from './channel';
import { reportDate, withReportPeriodRules } from './consultationReportSchemas';
import { exportStartedSchema } from './exportSchemas';

/**
 * The annual report (issue 14): any date range, as PDF or DOCX, for funders, boards and legislatures. Its narrative
 * sections are the coordinator's own words, kept per range; everything else is read from the workspace when made.
 */
export const narrativeSectionIds = ['introduction', 'highlights', 'challenges', 'next-year'] as const;
export type NarrativeSectionId = (typeof narrativeSectionIds)[number];

/** The longest text one section may hold: a few pages of a printed report. */
export const NARRATIVE_MAX_LENGTH = 20_000;

export const annualReportRangeSchema = withReportPeriodRules(z.object({ from: reportDate('first'), to: reportDate('last') }).strict());
export type AnnualReportRange = z.infer<typeof annualReportRangeSchema>;

const sectionText = z.string().max(NARRATIVE_MAX_LENGTH, `Keep a section under ${NARRATIVE_MAX_LENGTH.toLocaleString('en-US')} characters.`);

export const narrativeInputSchema = withReportPeriodRules(
  z
    .object({
      from: reportDate('first'),
      to: reportDate('last'),
      sections: z
        .object(
          Object.fromEntries(narrativeSectionIds.map((id) => [id, sectionText.optional()])) as Record<NarrativeSectionId, z.ZodOptional<typeof sectionText>>,
        )
        .strict(),
    })
    .strict(),
);
export type NarrativeInput = z.input<typeof narrativeInputSchema>;

export const narrativeSectionSchema = z.object({
  id: z.enum(narrativeSectionIds),
  title: z.string(),
  /** What the section is for, shown under its box and never printed. */
  hint: z.string(),
  text: z.string(),
  updatedAt: z.string().nullable(),
});
export const narrativeSchema = z.object({ from: z.string(), to: z.string(), sections: z.array(narrativeSectionSchema) });
export type Narrative = z.infer<typeof narrativeSchema>;

/** What the report will hold for a range, in a few lines (the dialog shows it before the file is made). */
export const annualReportOutlineSchema = z.object({
  from: z.string(),
  to: z.string(),
  sections: z.array(z.object({ title: z.string(), summary: z.string() })),
});
export type AnnualReportOutline = z.infer<typeof annualReportOutlineSchema>;

export const annualReportChannels = {
  'annualReport.narrative': channel(annualReportRangeSchema, narrativeSchema),
  'annualReport.saveNarrative': channel(narrativeInputSchema, narrativeSchema, { touchesSession: true }),
  'annualReport.outline': channel(annualReportRangeSchema, annualReportOutlineSchema),
  /** The report as a PDF or Word file, rendered by the export worker; follow it with exports.status. */
  'annualReport.export': channel(
    withReportPeriodRules(z.object({ from: reportDate('first'), to: reportDate('last'), format: z.enum(['pdf', 'docx']) }).strict()),
    exportStartedSchema,
    {
      touchesSession: true,
    },
  ),
};
