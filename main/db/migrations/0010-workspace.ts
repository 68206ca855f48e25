import { schemaStep } from './dialect';

export const workspaceMigration = schemaStep(
  10,
  'workspace',
  (d) => `
      CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )${d.strict};

      CREATE TABLE workspace_meta (
        id TEXT PRIMARY KEY,
        singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
        name TEXT NOT NULL,
        jurisdiction_state TEXT NOT NULL,
        jurisdiction_region TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};

      CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        profile TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        action TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '{}'
      )${d.strict};
      CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, at);
    `,
);
