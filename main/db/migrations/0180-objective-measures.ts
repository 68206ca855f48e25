import { schemaStep } from './dialect';

/**
 * Issues 13 and 14: an objective whose progress follows a catalogue measure's figures. A row here says the objective
 * follows that measure, and over which span (the latest period with figures, or the sum over a year). **Decision: a
 * table beside plan_objectives** rather than a new value of `plan_objectives.progress_mode`, whose CHECK SQLite can
 * only change by rebuilding a table three others point at. Such an objective keeps 'manual' in `progress_mode`: what
 * it falls back to if it stops following. The measure is never deleted (sets are switched off, figures kept).
 */
export const objectiveMeasuresMigration = schemaStep(
  180,
  'objective-measures',
  (d) => `
      CREATE TABLE plan_objective_measures (
        objective_id TEXT PRIMARY KEY REFERENCES plan_objectives (id),
        measure_id TEXT NOT NULL REFERENCES data_measures (id),
        span TEXT NOT NULL CHECK (span IN ('latest-period', 'year')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strictWithoutRowid};
      CREATE INDEX plan_objective_measures_by_measure ON plan_objective_measures (measure_id);
    `,
);
