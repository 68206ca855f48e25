import { schemaStep } from './dialect';

/**
 * Issue 13: the register of protocols and agreements. A protocol has versions (each with its own state, adoption
 * and sign-offs), parties (organizations, each with a signatory), the sectors that must be party to it and the
 * duties of P.L. 113-183 it serves. "Due for review" is not stored: it is read from the review date
 * (shared/protocolReviews.ts). A missing sign-off row means pending, so a new version starts with every party pending.
 */
export const protocolsMigration = schemaStep(
  100,
  'protocols',
  (d) => `
      CREATE TABLE protocols (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('protocol', 'mou', 'data-sharing', 'confidentiality', 'charter')),
        subtype TEXT CHECK (subtype IN ('screening', 'reporting', 'locating-missing', 'referral', 'response-tiers')),
        summary TEXT NOT NULL DEFAULT '',
        review_months INTEGER CHECK (review_months BETWEEN 1 AND 120),
        renewal_on TEXT,
        last_reviewed_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (subtype IS NULL OR kind = 'protocol')
      )${d.strict};

      CREATE TABLE protocol_versions (
        id TEXT PRIMARY KEY,
        protocol_id TEXT NOT NULL REFERENCES protocols (id),
        label TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('draft', 'in-review', 'adopted', 'superseded', 'expired')),
        changes TEXT NOT NULL DEFAULT '',
        effective_on TEXT,
        adopted_on TEXT,
        adopted_meeting_id TEXT REFERENCES meetings (id),
        adopted_decision_id TEXT REFERENCES decisions (id),
        ended_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (protocol_id, label)
      )${d.strict};
      CREATE INDEX protocol_versions_by_protocol ON protocol_versions (protocol_id, created_at);
      CREATE UNIQUE INDEX protocol_versions_one_adopted ON protocol_versions (protocol_id) WHERE state = 'adopted';
      -- A version is adopted before it can be superseded or expire, so the open one (draft or in review) has no adoption date.
      CREATE UNIQUE INDEX protocol_versions_one_open ON protocol_versions (protocol_id) WHERE adopted_on IS NULL;

      CREATE TABLE protocol_parties (
        protocol_id TEXT NOT NULL REFERENCES protocols (id),
        organization_id TEXT NOT NULL REFERENCES organizations (id),
        signatory_id TEXT REFERENCES members (id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (protocol_id, organization_id)
      )${d.strictWithoutRowid};
      CREATE INDEX protocol_parties_by_organization ON protocol_parties (organization_id);

      CREATE TABLE protocol_signoffs (
        version_id TEXT NOT NULL REFERENCES protocol_versions (id),
        organization_id TEXT NOT NULL REFERENCES organizations (id),
        status TEXT NOT NULL CHECK (status IN ('signed', 'declined')),
        signed_on TEXT,
        signatory_id TEXT REFERENCES members (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (version_id, organization_id),
        CHECK ((status = 'signed') = (signed_on IS NOT NULL))
      )${d.strictWithoutRowid};

      CREATE TABLE protocol_required_sectors (
        protocol_id TEXT NOT NULL REFERENCES protocols (id),
        sector TEXT NOT NULL,
        PRIMARY KEY (protocol_id, sector)
      )${d.strictWithoutRowid};

      CREATE TABLE protocol_duties (
        protocol_id TEXT NOT NULL REFERENCES protocols (id),
        duty TEXT NOT NULL CHECK (duty IN ('consult', 'identify-and-serve', 'report-victims', 'locate-missing', 'learn-why-left', 'report-missing')),
        PRIMARY KEY (protocol_id, duty)
      )${d.strictWithoutRowid};
      CREATE INDEX protocol_duties_by_duty ON protocol_duties (duty);
    `,
);
