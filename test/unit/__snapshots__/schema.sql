CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, at);

CREATE INDEX members_by_archived_at ON members (archived_at);

CREATE INDEX members_by_organization ON members (organization_id, representative_role);

CREATE UNIQUE INDEX members_one_active_primary ON members (organization_id)
        WHERE representative_role = 'primary' AND archived_at IS NULL;

CREATE INDEX organizations_by_archived_at ON organizations (archived_at);

CREATE INDEX organizations_by_involvement ON organizations (involvement);

CREATE INDEX organizations_by_sector ON organizations (sector, involvement);

CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        profile TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        action TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

CREATE VIRTUAL TABLE directory_search USING fts5(
        kind UNINDEXED,
        ref_id UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );

CREATE TABLE 'directory_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'directory_search_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);

CREATE TABLE 'directory_search_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'directory_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'directory_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE members (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        display_name TEXT NOT NULL DEFAULT '',
        pronouns TEXT NOT NULL DEFAULT '',
        organization_id TEXT REFERENCES organizations (id),
        title TEXT NOT NULL DEFAULT '',
        coalition_role TEXT NOT NULL,
        representative_role TEXT NOT NULL,
        voting_member INTEGER NOT NULL DEFAULT 0 CHECK (voting_member IN (0, 1)),
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        preferred_contact TEXT NOT NULL,
        start_on TEXT,
        end_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        protected_identity INTEGER NOT NULL DEFAULT 0 CHECK (protected_identity IN (0, 1)),
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        sector TEXT NOT NULL,
        sector_other_label TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        jurisdiction TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        involvement TEXT NOT NULL,
        vulnerable_youth INTEGER NOT NULL DEFAULT 0 CHECK (vulnerable_youth IN (0, 1)),
        trafficking_expertise INTEGER NOT NULL DEFAULT 0 CHECK (trafficking_expertise IN (0, 1)),
        trauma_informed INTEGER NOT NULL DEFAULT 0 CHECK (trauma_informed IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        joined_on TEXT,
        left_on TEXT,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE workspace_meta (
        id TEXT PRIMARY KEY,
        singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
        name TEXT NOT NULL,
        jurisdiction_state TEXT NOT NULL,
        jurisdiction_region TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
