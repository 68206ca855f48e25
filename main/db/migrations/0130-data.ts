import { schemaStep } from './dialect';

const flag = (column: string, fallback: 0 | 1) => `${column} INTEGER NOT NULL DEFAULT ${fallback} CHECK (${column} IN (0, 1))`;

/**
 * Issue 14: the data module keeps counts only. A measure's definition is kept per version, and each figure names the
 * version it was counted under, so a changed definition stays visible beside older figures. Figures are integer
 * counts per measure, organization and period with their breakdown cells (JSON); a submission holds one short note;
 * a correction keeps the earlier values with who and why. No column holds a person.
 */
export const dataMigration = schemaStep(
  130,
  'data',
  (d) => `
      CREATE TABLE data_measures (
        id TEXT PRIMARY KEY,
        set_id TEXT NOT NULL,
        builtin_key TEXT UNIQUE,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        period_kind TEXT NOT NULL CHECK (period_kind IN ('monthly', 'quarterly')),
        sectors TEXT NOT NULL DEFAULT '[]',
        breakdowns TEXT NOT NULL DEFAULT '[]',
        within_24h_of TEXT REFERENCES data_measures (id),
        definition_version INTEGER NOT NULL DEFAULT 1,
        ${flag('active', 1)},
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};
      CREATE TABLE data_measure_definitions (
        measure_id TEXT NOT NULL REFERENCES data_measures (id),
        version INTEGER NOT NULL,
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (measure_id, version)
      )${d.strictWithoutRowid};
      CREATE TABLE data_submissions (
        organization_id TEXT NOT NULL REFERENCES organizations (id),
        period TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        submitted_at TEXT NOT NULL,
        submitted_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (organization_id, period)
      )${d.strictWithoutRowid};
      CREATE INDEX data_submissions_by_period ON data_submissions (period);
      CREATE TABLE data_figures (
        organization_id TEXT NOT NULL REFERENCES organizations (id),
        measure_id TEXT NOT NULL REFERENCES data_measures (id),
        period TEXT NOT NULL,
        total INTEGER NOT NULL CHECK (total >= 0),
        breakdown TEXT NOT NULL DEFAULT '{}',
        definition_version INTEGER NOT NULL,
        entered_at TEXT NOT NULL,
        entered_by TEXT NOT NULL,
        PRIMARY KEY (organization_id, measure_id, period)
      )${d.strictWithoutRowid};
      CREATE INDEX data_figures_by_period ON data_figures (period, organization_id);
      CREATE TABLE data_figure_corrections (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations (id),
        measure_id TEXT NOT NULL REFERENCES data_measures (id),
        period TEXT NOT NULL,
        was_total INTEGER NOT NULL,
        was_breakdown TEXT NOT NULL,
        was_definition_version INTEGER NOT NULL,
        now_total INTEGER NOT NULL,
        now_breakdown TEXT NOT NULL,
        reason TEXT NOT NULL,
        corrected_at TEXT NOT NULL,
        corrected_by TEXT NOT NULL
      )${d.strict};
      CREATE INDEX data_figure_corrections_by_submission ON data_figure_corrections (organization_id, period, corrected_at);
    `,
);
