import { schemaStep } from './dialect';

/**
 * Issue 14: the annual report's own words. A coordinator writes the narrative sections (introduction, highlights,
 * challenges, next year) for a report's date range, and they are kept with the workspace so the next export of the
 * same range starts from them. One row per range and section; the figures are never stored, always read afresh.
 */
export const annualReportMigration = schemaStep(
  160,
  'annual-report',
  (d) => `
      CREATE TABLE annual_report_narratives (
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        section TEXT NOT NULL CHECK (section IN ('introduction', 'highlights', 'challenges', 'next-year')),
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (period_from, period_to, section)
      )${d.strictWithoutRowid};
    `,
);
