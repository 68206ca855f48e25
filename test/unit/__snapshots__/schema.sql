CREATE INDEX action_item_updates_by_item ON action_item_updates (action_item_id, at);

CREATE INDEX action_item_updates_by_meeting ON action_item_updates (meeting_id);

CREATE INDEX action_items_by_due ON action_items (due_on);

CREATE INDEX action_items_by_owner ON action_items (owner_id, status);

CREATE INDEX action_items_by_source_meeting ON action_items (source_meeting_id);

CREATE INDEX action_items_by_status_due ON action_items (status, due_on, owner_id);

CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);

CREATE UNIQUE INDEX agenda_items_carried_once ON agenda_items (carried_over_from_item_id) WHERE carried_over_from_item_id IS NOT NULL;

CREATE INDEX attendees_by_meeting ON attendees (meeting_id);

CREATE UNIQUE INDEX attendees_member_once ON attendees (meeting_id, member_id) WHERE member_id IS NOT NULL;

CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, at);

CREATE INDEX decisions_by_created ON decisions (created_at);

CREATE INDEX decisions_by_meeting ON decisions (meeting_id);

CREATE INDEX meeting_amendments_by_meeting ON meeting_amendments (meeting_id, opened_at);

CREATE UNIQUE INDEX meeting_amendments_one_open ON meeting_amendments (meeting_id) WHERE closed_at IS NULL;

CREATE INDEX meetings_by_series ON meetings (series_id, series_index);

CREATE INDEX meetings_by_start ON meetings (starts_at_utc);

CREATE INDEX meetings_by_workgroup ON meetings (workgroup_id);

CREATE INDEX members_by_archived_at ON members (archived_at);

CREATE INDEX members_by_organization ON members (organization_id, representative_role);

CREATE UNIQUE INDEX members_one_active_primary ON members (organization_id)
        WHERE representative_role = 'primary' AND archived_at IS NULL;

CREATE INDEX organizations_by_archived_at ON organizations (archived_at);

CREATE INDEX organizations_by_involvement ON organizations (involvement);

CREATE INDEX organizations_by_sector ON organizations (sector, involvement);

CREATE INDEX workgroup_members_by_member ON workgroup_members (member_id);

CREATE TABLE action_item_updates (
        id TEXT PRIMARY KEY,
        action_item_id TEXT NOT NULL REFERENCES action_items (id),
        at TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        meeting_id TEXT REFERENCES meetings (id),
        profile TEXT NOT NULL
      ) STRICT;

CREATE TABLE action_items (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '',
        owner_id TEXT REFERENCES members (id),
        due_on TEXT,
        priority TEXT NOT NULL CHECK (priority IN ('high', 'normal', 'low')),
        status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'blocked', 'done', 'cancelled')),
        source_meeting_id TEXT REFERENCES meetings (id),
        source_agenda_item_id TEXT REFERENCES agenda_items (id),
        completed_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('information', 'discussion', 'decision')),
        role TEXT NOT NULL DEFAULT 'regular' CHECK (role IN ('regular', 'approve-minutes', 'review-actions')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        presenter_id TEXT REFERENCES members (id),
        timebox_minutes INTEGER NOT NULL DEFAULT 0,
        description TEXT NOT NULL DEFAULT '',
        carried_over_from_item_id TEXT REFERENCES agenda_items (id),
        approves_meeting_id TEXT REFERENCES meetings (id),
        notes_html TEXT NOT NULL DEFAULT '',
        notes_text TEXT NOT NULL DEFAULT '',
        notes_confidential INTEGER NOT NULL DEFAULT 0 CHECK (notes_confidential IN (0, 1)),
        notes_updated_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE agenda_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        -- Items as JSON: [{ title, type, timeboxMinutes, description }].
        items TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE attendees (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        member_id TEXT REFERENCES members (id),
        guest_name TEXT,
        guest_organization TEXT,
        guest_sector TEXT,
        status TEXT NOT NULL CHECK (status IN ('invited', 'present', 'remote', 'excused', 'absent')),
        substitute_member_id TEXT REFERENCES members (id),
        substitute_name TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((member_id IS NULL) = (guest_name IS NOT NULL))
      ) STRICT;

CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        profile TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        action TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        agenda_item_id TEXT REFERENCES agenda_items (id),
        text TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('adopted', 'rejected', 'consensus', 'tabled')),
        has_motion INTEGER NOT NULL DEFAULT 0 CHECK (has_motion IN (0, 1)),
        moved_by_id TEXT REFERENCES members (id),
        seconded_by_id TEXT REFERENCES members (id),
        votes_for INTEGER NOT NULL DEFAULT 0,
        votes_against INTEGER NOT NULL DEFAULT 0,
        votes_abstain INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
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

CREATE TABLE meeting_amendments (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        reason TEXT NOT NULL,
        profile TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        closed_at TEXT,
        -- The whole record as it stood when the amendment was opened (JSON), so nothing approved is lost.
        record_before TEXT NOT NULL
      ) STRICT;

CREATE TABLE meeting_record_snapshots (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings (id),
        -- JSON: the attendance list and the quorum as the meeting page showed them (shared/contract attendeeSchema, quorumSchema).
        attendees TEXT NOT NULL,
        quorum TEXT NOT NULL,
        taken_at TEXT NOT NULL
      ) STRICT;

CREATE VIRTUAL TABLE meeting_search USING fts5(
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );

CREATE TABLE 'meeting_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'meeting_search_content'(id INTEGER PRIMARY KEY, c0, c1);

CREATE TABLE 'meeting_search_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'meeting_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'meeting_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE meeting_search_refs (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('meeting', 'agenda-item', 'decision', 'action-item')),
        ref_id TEXT NOT NULL UNIQUE
      ) STRICT;

CREATE TABLE meeting_series (
        id TEXT PRIMARY KEY,
        -- The rule as JSON (shared/contract/meetingSchemas.ts recurrenceSchema).
        rule TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        series_id TEXT REFERENCES meeting_series (id),
        series_index INTEGER,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('full-coalition', 'workgroup', 'consultation')),
        workgroup_id TEXT REFERENCES workgroups (id),
        -- Wall-clock start in the meeting's zone, and the same instant in UTC for ordering.
        starts_at TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        starts_at_utc TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        video_link TEXT NOT NULL DEFAULT '',
        facilitator_id TEXT REFERENCES members (id),
        note_taker_id TEXT REFERENCES members (id),
        status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'minutes-draft', 'approved', 'cancelled')),
        approved_on TEXT,
        approved_at_meeting_id TEXT REFERENCES meetings (id),
        cancelled_reason TEXT,
        current_item_id TEXT,
        current_item_started_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

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

CREATE TABLE workgroup_members (
        workgroup_id TEXT NOT NULL REFERENCES workgroups (id),
        member_id TEXT NOT NULL REFERENCES members (id),
        PRIMARY KEY (workgroup_id, member_id)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE workgroups (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        chair_id TEXT REFERENCES members (id),
        archived_at TEXT,
        created_at TEXT NOT NULL,
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
