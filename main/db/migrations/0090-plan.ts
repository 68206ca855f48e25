import { schemaStep } from './dialect';

/**
 * Issue 13: the coalition's strategic plan. One mission statement, goals in order, objectives under each goal with
 * an owner (a member or a workgroup, never both), a measure, a baseline, a target and a date, dated progress
 * updates, and links to the action items and decisions that serve an objective. Goals and objectives are put away
 * with `deleted_at` (undo brings them back as they were); a link goes with the action item or decision it names.
 */
export const planMigration = schemaStep(90, 'plan', (d) => {
  const amount = d.pick({ sqlite: 'REAL', postgres: 'DOUBLE PRECISION' });
  const status = (column: string) => `${column} TEXT NOT NULL CHECK (${column} IN ('on-track', 'at-risk', 'off-track', 'done', 'dropped'))`;
  return `
      CREATE TABLE plan_mission (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        statement TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};

      CREATE TABLE plan_goals (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        deleted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};

      CREATE TABLE plan_objectives (
        id TEXT PRIMARY KEY,
        goal_id TEXT NOT NULL REFERENCES plan_goals (id),
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        owner_member_id TEXT REFERENCES members (id),
        owner_workgroup_id TEXT REFERENCES workgroups (id),
        -- What is counted, as the coordinator words it (a catalogue measure may come beside it later).
        measure TEXT NOT NULL DEFAULT '',
        baseline ${amount},
        target ${amount},
        target_date TEXT,
        ${status('status')},
        progress_mode TEXT NOT NULL CHECK (progress_mode IN ('manual', 'linked-actions')),
        deleted_at TEXT,
        -- Put away with its goal (and so brought back with it), not on its own.
        deleted_with_goal INTEGER NOT NULL DEFAULT 0 CHECK (deleted_with_goal IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (owner_member_id IS NULL OR owner_workgroup_id IS NULL)
      )${d.strict};
      CREATE INDEX plan_objectives_by_goal ON plan_objectives (goal_id, position);

      CREATE TABLE plan_progress_updates (
        id TEXT PRIMARY KEY,
        objective_id TEXT NOT NULL REFERENCES plan_objectives (id),
        recorded_on TEXT NOT NULL,
        value ${amount},
        ${status('status')},
        note TEXT NOT NULL DEFAULT '',
        recorded_by_id TEXT REFERENCES members (id),
        created_at TEXT NOT NULL
      )${d.strict};
      CREATE INDEX plan_progress_by_objective ON plan_progress_updates (objective_id, recorded_on, created_at);

      CREATE TABLE plan_objective_actions (
        objective_id TEXT NOT NULL REFERENCES plan_objectives (id),
        action_item_id TEXT NOT NULL REFERENCES action_items (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (objective_id, action_item_id)
      )${d.strictWithoutRowid};
      CREATE INDEX plan_objective_actions_by_item ON plan_objective_actions (action_item_id);

      CREATE TABLE plan_objective_decisions (
        objective_id TEXT NOT NULL REFERENCES plan_objectives (id),
        decision_id TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (objective_id, decision_id)
      )${d.strictWithoutRowid};
      CREATE INDEX plan_objective_decisions_by_decision ON plan_objective_decisions (decision_id);
    `;
});
