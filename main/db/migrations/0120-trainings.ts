import { schemaStep } from './dialect';

/**
 * Issue 13: trainings, outreach and the six duties' hand-made links.
 * - `trainings`: one training event (a calendar date, no time: the quarter it falls in is the same in every zone).
 *   Acknowledgments: `acknowledgment_count` is NULL when none were collected, and never more than the number trained.
 * - `training_audiences`: the sectors or community groups a training was for (ids of shared/stakeholderSectors.ts).
 * - `outreach_contacts`: a contact with an organization of the directory, prospective ones included (its involvement).
 * - `duty_links`: evidence linked to a duty of P.L. 113-183 (shared/childWelfareDuties.ts): a training, a meeting or
 *   an action item. Trainings are linked when saved; meetings and action items by hand on the checklist.
 */
export const trainingsMigration = schemaStep(
  120,
  'trainings',
  (d) => `
      CREATE TABLE trainings (
        id TEXT PRIMARY KEY,
        held_on TEXT NOT NULL,
        title TEXT NOT NULL,
        curriculum TEXT NOT NULL DEFAULT '',
        trainer_organization_id TEXT REFERENCES organizations (id),
        audience_detail TEXT NOT NULL DEFAULT '',
        number_trained INTEGER NOT NULL CHECK (number_trained >= 0),
        acknowledgment_count INTEGER CHECK (acknowledgment_count >= 0 AND acknowledgment_count <= number_trained),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};
      CREATE INDEX trainings_by_date ON trainings (held_on, id);

      CREATE TABLE training_audiences (
        training_id TEXT NOT NULL REFERENCES trainings (id),
        sector TEXT NOT NULL,
        PRIMARY KEY (training_id, sector)
      )${d.strictWithoutRowid};

      CREATE TABLE outreach_contacts (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations (id),
        contacted_on TEXT NOT NULL,
        contact_person TEXT NOT NULL DEFAULT '',
        agreed TEXT NOT NULL DEFAULT '',
        follow_up_on TEXT,
        follow_up_status TEXT NOT NULL CHECK (follow_up_status IN ('none', 'open', 'done')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};
      CREATE INDEX outreach_contacts_by_date ON outreach_contacts (contacted_on, id);

      CREATE TABLE duty_links (
        duty TEXT NOT NULL,
        subject_kind TEXT NOT NULL CHECK (subject_kind IN ('training', 'meeting', 'action-item')),
        subject_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (duty, subject_kind, subject_id)
      )${d.strictWithoutRowid};
      CREATE INDEX duty_links_by_subject ON duty_links (subject_kind, subject_id);
    `,
);
