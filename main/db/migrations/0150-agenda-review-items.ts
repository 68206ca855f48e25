import { schemaStep } from './dialect';

/**
 * Issues 13 and 14: agenda items that review the plan or the data.
 * - `agenda_review_items`: the kind of review an agenda item is. **Decision: a table beside agenda_items** rather
 *   than new values of `agenda_items.role`, whose CHECK SQLite can only change by rebuilding the table (and with it
 *   the search refs and every foreign key pointing at it). The item's stored role stays 'regular'; reads give the
 *   review kind as its role. Removing the item removes its kind.
 * - `agenda_plan_updates`: the plan progress updates recorded during a plan review item, so the minutes can list
 *   them. An item with updates stays on its agenda (as one with decisions does).
 * - `agenda_data_snapshots`: what a data review item shows: the chosen measures and periods, and the figures as they
 *   stood when the snapshot was taken (`figures`, JSON, already suppressed for sharing: exact small counts are never
 *   stored here). Later corrections of the figures do not change it; only taking it again does.
 */
export const agendaReviewItemsMigration = schemaStep(
  150,
  'agenda-review-items',
  (d) => `
      CREATE TABLE agenda_review_items (
        item_id TEXT PRIMARY KEY REFERENCES agenda_items (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('plan-review', 'data-review')),
        created_at TEXT NOT NULL
      )${d.strictWithoutRowid};

      CREATE TABLE agenda_plan_updates (
        update_id TEXT PRIMARY KEY REFERENCES plan_progress_updates (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL REFERENCES agenda_items (id),
        created_at TEXT NOT NULL
      )${d.strictWithoutRowid};
      CREATE INDEX agenda_plan_updates_by_item ON agenda_plan_updates (item_id, created_at);

      CREATE TABLE agenda_data_snapshots (
        item_id TEXT PRIMARY KEY REFERENCES agenda_items (id) ON DELETE CASCADE,
        period_kind TEXT NOT NULL CHECK (period_kind IN ('monthly', 'quarterly')),
        from_period TEXT NOT NULL,
        to_period TEXT NOT NULL,
        measure_ids TEXT NOT NULL DEFAULT '[]',
        figures TEXT,
        taken_at TEXT,
        taken_by TEXT,
        updated_at TEXT NOT NULL
      )${d.strictWithoutRowid};
    `,
);
