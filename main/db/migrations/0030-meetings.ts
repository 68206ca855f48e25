import { schemaStep } from './dialect';
import { postgresSearchTable } from './postgresSearch';

const flag = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

/** Workgroups, meetings and their series, agendas and notes, attendance, decisions, action items, templates. */
export const meetingsMigration = schemaStep(
  30,
  'meetings',
  (d) => `
      CREATE TABLE workgroups (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        chair_id TEXT REFERENCES members (id),
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};
      CREATE TABLE workgroup_members (
        workgroup_id TEXT NOT NULL REFERENCES workgroups (id),
        member_id TEXT NOT NULL REFERENCES members (id),
        PRIMARY KEY (workgroup_id, member_id)
      )${d.strictWithoutRowid};
      CREATE INDEX workgroup_members_by_member ON workgroup_members (member_id);

      CREATE TABLE meeting_series (
        id TEXT PRIMARY KEY,
        -- The rule as JSON (shared/contract/meetingSchemas.ts recurrenceSchema).
        rule TEXT NOT NULL,
        created_at TEXT NOT NULL
      )${d.strict};

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
      )${d.strict};
      CREATE INDEX meetings_by_start ON meetings (starts_at_utc);
      CREATE INDEX meetings_by_series ON meetings (series_id, series_index);
      CREATE INDEX meetings_by_workgroup ON meetings (workgroup_id);

      CREATE TABLE meeting_amendments (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        reason TEXT NOT NULL,
        profile TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        closed_at TEXT,
        -- The whole record as it stood when the amendment was opened (JSON), so nothing approved is lost.
        record_before TEXT NOT NULL
      )${d.strict};
      CREATE INDEX meeting_amendments_by_meeting ON meeting_amendments (meeting_id, opened_at);
      CREATE UNIQUE INDEX meeting_amendments_one_open ON meeting_amendments (meeting_id) WHERE closed_at IS NULL;

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
        ${flag('notes_confidential')},
        notes_updated_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};
      CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);
      CREATE UNIQUE INDEX agenda_items_carried_once ON agenda_items (carried_over_from_item_id) WHERE carried_over_from_item_id IS NOT NULL;

      CREATE TABLE agenda_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        -- Items as JSON: [{ title, type, timeboxMinutes, description }].
        items TEXT NOT NULL,
        created_at TEXT NOT NULL
      )${d.strict};

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
      )${d.strict};
      CREATE UNIQUE INDEX attendees_member_once ON attendees (meeting_id, member_id) WHERE member_id IS NOT NULL;
      CREATE INDEX attendees_by_meeting ON attendees (meeting_id);

      CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        agenda_item_id TEXT REFERENCES agenda_items (id),
        text TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('adopted', 'rejected', 'consensus', 'tabled')),
        ${flag('has_motion')},
        moved_by_id TEXT REFERENCES members (id),
        seconded_by_id TEXT REFERENCES members (id),
        votes_for INTEGER NOT NULL DEFAULT 0,
        votes_against INTEGER NOT NULL DEFAULT 0,
        votes_abstain INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};
      CREATE INDEX decisions_by_meeting ON decisions (meeting_id);
      CREATE INDEX decisions_by_created ON decisions (created_at);

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
      )${d.strict};
      -- With the owner, so counts and groups by owner or organization read this index alone.
      CREATE INDEX action_items_by_status_due ON action_items (status, due_on, owner_id);
      CREATE INDEX action_items_by_owner ON action_items (owner_id, status);
      CREATE INDEX action_items_by_source_meeting ON action_items (source_meeting_id);
      CREATE INDEX action_items_by_due ON action_items (due_on);

      CREATE TABLE action_item_updates (
        id TEXT PRIMARY KEY,
        action_item_id TEXT NOT NULL REFERENCES action_items (id),
        at TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        meeting_id TEXT REFERENCES meetings (id),
        profile TEXT NOT NULL
      )${d.strict};
      CREATE INDEX action_item_updates_by_item ON action_item_updates (action_item_id, at);
      CREATE INDEX action_item_updates_by_meeting ON action_item_updates (meeting_id);

      -- Meeting content for the global search. Rows are addressed by integer rowid through
      -- meeting_search_refs, so saving notes replaces one document without scanning the index.
      CREATE TABLE meeting_search_refs (
        rowid ${d.numberedKey},
        kind TEXT NOT NULL CHECK (kind IN ('meeting', 'agenda-item', 'decision', 'action-item')),
        ref_id TEXT NOT NULL UNIQUE
      )${d.strict};
${d.pick({
  sqlite: `
      CREATE VIRTUAL TABLE meeting_search USING fts5(
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );`,
  postgres: postgresSearchTable('meeting_search'),
})}
    `,
);
