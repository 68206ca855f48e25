import type { Generated } from 'kysely';
import type { coalitionRoles, contactPreferences, involvementLevels, organizationKinds, representativeRoles } from '../../../shared/contract/directorySchemas';
import type { DocumentTextState } from '../../../shared/documentText';
import type { SectorId } from '../../../shared/stakeholderSectors';

/**
 * The tables as both engines hold them, for Kysely's typed queries (derived from main/db/migrations). Conventions
 * both dialects keep: ids, dates and times are TEXT (UUIDv7; ISO dates; UTC instants as ISO strings), flags are
 * INTEGER 0/1 with a CHECK, JSON is TEXT written with JSON.stringify (see jsonColumn.ts). `Generated` marks a column
 * with a default, which an insert may leave out. The full-text tables are the search port's (search/), not here.
 */
type Flag = Generated<number>;
type DefaultText = Generated<string>;
/** The fixed lists a directory column holds (its CHECK constraint lists the same values). */
export type OrganizationKind = (typeof organizationKinds)[number];
export type InvolvementLevel = (typeof involvementLevels)[number];
export type CoalitionRole = (typeof coalitionRoles)[number];
export type RepresentativeRole = (typeof representativeRoles)[number];
export type ContactPreference = (typeof contactPreferences)[number];

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface WorkspaceMetaTable {
  id: string;
  singleton: Generated<number>;
  name: string;
  jurisdiction_state: string;
  jurisdiction_region: DefaultText;
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  profile: string;
  entity: string;
  entity_id: string | null;
  action: string;
  /** JSON object of what changed, never secrets. */
  changes: DefaultText;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  sector: SectorId;
  sector_other_label: DefaultText;
  kind: OrganizationKind;
  jurisdiction: DefaultText;
  address: DefaultText;
  phone: DefaultText;
  website: DefaultText;
  involvement: InvolvementLevel;
  vulnerable_youth: Flag;
  trafficking_expertise: Flag;
  trauma_informed: Flag;
  notes: DefaultText;
  joined_on: string | null;
  left_on: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** People of the coalition; an organization's representatives are its members with a representative_role. */
export interface MembersTable {
  id: string;
  full_name: string;
  display_name: DefaultText;
  pronouns: DefaultText;
  organization_id: string | null;
  title: DefaultText;
  coalition_role: CoalitionRole;
  /** 'primary' is unique per organization among members not archived (members_one_active_primary). */
  representative_role: RepresentativeRole;
  voting_member: Flag;
  email: DefaultText;
  phone: DefaultText;
  preferred_contact: ContactPreference;
  start_on: string | null;
  end_on: string | null;
  notes: DefaultText;
  protected_identity: Flag;
  /** Where the member files in lists: shared/nameSortKey.ts of the name shown (migration 0060). */
  sort_key: DefaultText;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkgroupsTable {
  id: string;
  name: string;
  description: DefaultText;
  chair_id: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkgroupMembersTable {
  workgroup_id: string;
  member_id: string;
}

export interface MeetingSeriesTable {
  id: string;
  /** JSON: shared/contract recurrenceSchema. */
  rule: string;
  created_at: string;
}

export type MeetingKind = 'full-coalition' | 'workgroup' | 'consultation';
export type MeetingStatus = 'planned' | 'in-progress' | 'minutes-draft' | 'approved' | 'cancelled';

export interface MeetingsTable {
  id: string;
  series_id: string | null;
  series_index: number | null;
  title: string;
  kind: MeetingKind;
  workgroup_id: string | null;
  /** Wall-clock start in time_zone; starts_at_utc is the same instant in UTC, for ordering. */
  starts_at: string;
  time_zone: string;
  starts_at_utc: string;
  duration_minutes: number;
  location: DefaultText;
  video_link: DefaultText;
  facilitator_id: string | null;
  note_taker_id: string | null;
  status: MeetingStatus;
  approved_on: string | null;
  approved_at_meeting_id: string | null;
  cancelled_reason: string | null;
  current_item_id: string | null;
  current_item_started_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingAmendmentsTable {
  id: string;
  meeting_id: string;
  reason: string;
  profile: string;
  opened_at: string;
  closed_at: string | null;
  /** JSON: the whole record as it stood when the amendment was opened. */
  record_before: string;
}

export interface AgendaItemsTable {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
  type: 'information' | 'discussion' | 'decision';
  role: Generated<'regular' | 'approve-minutes' | 'review-actions'>;
  status: Generated<'open' | 'done'>;
  presenter_id: string | null;
  timebox_minutes: Generated<number>;
  description: DefaultText;
  carried_over_from_item_id: string | null;
  approves_meeting_id: string | null;
  notes_html: DefaultText;
  notes_text: DefaultText;
  notes_confidential: Flag;
  notes_updated_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgendaTemplatesTable {
  id: string;
  name: string;
  /** JSON: [{ title, type, timeboxMinutes, description }]. */
  items: string;
  created_at: string;
}

export interface AttendeesTable {
  id: string;
  meeting_id: string;
  member_id: string | null;
  guest_name: string | null;
  guest_organization: string | null;
  guest_sector: string | null;
  status: 'invited' | 'present' | 'remote' | 'excused' | 'absent';
  substitute_member_id: string | null;
  substitute_name: string | null;
  created_at: string;
  updated_at: string;
}

export interface DecisionsTable {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  text: string;
  outcome: 'adopted' | 'rejected' | 'consensus' | 'tabled';
  has_motion: Flag;
  moved_by_id: string | null;
  seconded_by_id: string | null;
  votes_for: Generated<number>;
  votes_against: Generated<number>;
  votes_abstain: Generated<number>;
  created_at: string;
  updated_at: string;
}

export type ActionItemStatus = 'open' | 'in-progress' | 'blocked' | 'done' | 'cancelled';

export interface ActionItemsTable {
  id: string;
  title: string;
  details: DefaultText;
  owner_id: string | null;
  due_on: string | null;
  priority: 'high' | 'normal' | 'low';
  status: ActionItemStatus;
  source_meeting_id: string | null;
  source_agenda_item_id: string | null;
  completed_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionItemUpdatesTable {
  id: string;
  action_item_id: string;
  at: string;
  from_status: ActionItemStatus | null;
  to_status: ActionItemStatus;
  note: DefaultText;
  meeting_id: string | null;
  profile: string;
}

export interface MeetingRecordSnapshotsTable {
  meeting_id: string;
  /** JSON: the attendance list and the quorum as the meeting page showed them. */
  attendees: string;
  quorum: string;
  taken_at: string;
}

/** What a person chose for an import value the app did not recognise (migration 0050). */
export interface ImportValueMappingsTable {
  category: string;
  value_key: string;
  mapped_to: string;
  updated_at: string;
}

/** A document kept inside the workspace (migration 0110); its bytes are in document_chunks. */
export interface DocumentsTable {
  id: string;
  name: string;
  kind: 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg';
  version_label: DefaultText;
  size_bytes: number;
  /** Hex SHA-256 of the whole file. */
  sha256: string;
  chunk_count: number;
  /** Kept in step with text_state (1 when 'read'): what step 110 knew. */
  text_searchable: Flag;
  uploaded_by_id: string | null;
  uploaded_at: string;
  /** Whether the words inside it are searchable yet (migration 0170). */
  text_state: Generated<DocumentTextState>;
}

/** One piece (1 MiB, the last shorter) of a document's bytes: a BLOB on SQLite, a bytea on PostgreSQL. */
export interface DocumentChunksTable {
  document_id: string;
  chunk_index: number;
  bytes: Uint8Array;
}

/** A document attached to another area's record (shared/contract/documentSchemas.ts documentSubjectKinds). */
export interface DocumentLinksTable {
  document_id: string;
  subject_kind: string;
  subject_id: string;
  linked_at: string;
}

/** The register of protocols and agreements (migration 0100). */
export interface ProtocolsTable {
  id: string;
  title: string;
  kind: string;
  subtype: string | null;
  summary: DefaultText;
  review_months: number | null;
  renewal_on: string | null;
  last_reviewed_on: string | null;
  created_at: string;
  updated_at: string;
}

export type ProtocolVersionState = 'draft' | 'in-review' | 'adopted' | 'superseded' | 'expired';

export interface ProtocolVersionsTable {
  id: string;
  protocol_id: string;
  label: string;
  state: ProtocolVersionState;
  changes: DefaultText;
  effective_on: string | null;
  adopted_on: string | null;
  adopted_meeting_id: string | null;
  adopted_decision_id: string | null;
  /** The day it was superseded or expired. */
  ended_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProtocolPartiesTable {
  protocol_id: string;
  organization_id: string;
  signatory_id: string | null;
  created_at: string;
}

/** No row means pending. */
export interface ProtocolSignoffsTable {
  version_id: string;
  organization_id: string;
  status: 'signed' | 'declined';
  signed_on: string | null;
  signatory_id: string | null;
  updated_at: string;
}

export interface ProtocolRequiredSectorsTable {
  protocol_id: string;
  sector: string;
}

export interface ProtocolDutiesTable {
  protocol_id: string;
  duty: string;
}

/** Issue 14, migration 0130: the data module's measures, figures, submissions and corrections. Counts only. */
export interface DataMeasuresTable {
  id: string;
  set_id: string;
  builtin_key: string | null;
  name: string;
  unit: string;
  period_kind: string;
  /** JSON: sector ids; [] means every organization reports it. */
  sectors: DefaultText;
  /** JSON: breakdown ids. */
  breakdowns: DefaultText;
  within_24h_of: string | null;
  definition_version: Generated<number>;
  active: Flag;
  position: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface DataMeasureDefinitionsTable {
  measure_id: string;
  version: number;
  definition: string;
  created_at: string;
}

export interface DataSubmissionsTable {
  organization_id: string;
  period: string;
  note: DefaultText;
  submitted_at: string;
  submitted_by: string;
  updated_at: string;
}

export interface DataFiguresTable {
  organization_id: string;
  measure_id: string;
  period: string;
  total: number;
  /** JSON: breakdown id, then cell id, then the count. */
  breakdown: DefaultText;
  definition_version: number;
  entered_at: string;
  entered_by: string;
}

/** The annual report's narrative sections, per date range (migration 0160). */
export interface AnnualReportNarrativesTable {
  period_from: string;
  period_to: string;
  section: string;
  body: string;
  updated_at: string;
  updated_by: string;
}
export interface DataFigureCorrectionsTable {
  id: string;
  organization_id: string;
  measure_id: string;
  period: string;
  was_total: number;
  was_breakdown: string;
  was_definition_version: number;
  now_total: number;
  now_breakdown: string;
  reason: string;
  corrected_at: string;
  corrected_by: string;
}

/** Issue 13 (migration 0120): trainings, their audiences, outreach contacts and evidence linked to a duty. */
export interface TrainingsTable {
  id: string;
  held_on: string;
  title: string;
  curriculum: DefaultText;
  trainer_organization_id: string | null;
  audience_detail: DefaultText;
  number_trained: number;
  /** NULL when no acknowledgments were collected. */
  acknowledgment_count: number | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingAudiencesTable {
  training_id: string;
  sector: string;
}

export interface OutreachContactsTable {
  id: string;
  organization_id: string;
  contacted_on: string;
  contact_person: DefaultText;
  agreed: DefaultText;
  follow_up_on: string | null;
  follow_up_status: 'none' | 'open' | 'done';
  created_at: string;
  updated_at: string;
}

export interface DutyLinksTable {
  duty: string;
  subject_kind: 'training' | 'meeting' | 'action-item';
  subject_id: string;
  created_at: string;
}

export type PlanStatus = 'on-track' | 'at-risk' | 'off-track' | 'done' | 'dropped';

/** The coalition's mission statement: one row at most (migration 0090). */
export interface PlanMissionTable {
  singleton: number;
  statement: string;
  updated_at: string;
}

export interface PlanGoalsTable {
  id: string;
  title: string;
  description: DefaultText;
  position: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanObjectivesTable {
  id: string;
  goal_id: string;
  position: number;
  title: string;
  owner_member_id: string | null;
  owner_workgroup_id: string | null;
  measure: DefaultText;
  baseline: number | null;
  target: number | null;
  target_date: string | null;
  status: PlanStatus;
  progress_mode: 'manual' | 'linked-actions';
  deleted_at: string | null;
  deleted_with_goal: Flag;
  created_at: string;
  updated_at: string;
}

export interface PlanProgressUpdatesTable {
  id: string;
  objective_id: string;
  recorded_on: string;
  value: number | null;
  status: PlanStatus;
  note: DefaultText;
  recorded_by_id: string | null;
  created_at: string;
}

export interface PlanObjectiveActionsTable {
  objective_id: string;
  action_item_id: string;
  created_at: string;
}

export interface PlanObjectiveMeasuresTable {
  objective_id: string;
  measure_id: string;
  span: string;
  created_at: string;
  updated_at: string;
}

export interface PlanObjectiveDecisionsTable {
  objective_id: string;
  decision_id: string;
  created_at: string;
}

/** An agenda item that reviews the plan or the data (migration 0150); its stored role stays 'regular'. */
export interface AgendaReviewItemsTable {
  item_id: string;
  kind: 'plan-review' | 'data-review';
  created_at: string;
}

/** A plan progress update recorded during a plan review item. */
export interface AgendaPlanUpdatesTable {
  update_id: string;
  item_id: string;
  created_at: string;
}

/** A data review item's choice and its snapshot (`figures`: JSON, already suppressed; NULL until taken). */
export interface AgendaDataSnapshotsTable {
  item_id: string;
  period_kind: 'monthly' | 'quarterly';
  from_period: string;
  to_period: string;
  measure_ids: DefaultText;
  figures: string | null;
  taken_at: string | null;
  taken_by: string | null;
  updated_at: string;
}

export interface Schema {
  schema_migrations: SchemaMigrationsTable;
  workspace_meta: WorkspaceMetaTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  organizations: OrganizationsTable;
  members: MembersTable;
  workgroups: WorkgroupsTable;
  workgroup_members: WorkgroupMembersTable;
  meeting_series: MeetingSeriesTable;
  meetings: MeetingsTable;
  meeting_amendments: MeetingAmendmentsTable;
  agenda_items: AgendaItemsTable;
  agenda_templates: AgendaTemplatesTable;
  attendees: AttendeesTable;
  decisions: DecisionsTable;
  action_items: ActionItemsTable;
  action_item_updates: ActionItemUpdatesTable;
  meeting_record_snapshots: MeetingRecordSnapshotsTable;
  import_value_mappings: ImportValueMappingsTable;
  documents: DocumentsTable;
  document_chunks: DocumentChunksTable;
  document_links: DocumentLinksTable;
  protocols: ProtocolsTable;
  protocol_versions: ProtocolVersionsTable;
  protocol_parties: ProtocolPartiesTable;
  protocol_signoffs: ProtocolSignoffsTable;
  protocol_required_sectors: ProtocolRequiredSectorsTable;
  protocol_duties: ProtocolDutiesTable;
  data_measures: DataMeasuresTable;
  data_measure_definitions: DataMeasureDefinitionsTable;
  data_submissions: DataSubmissionsTable;
  data_figures: DataFiguresTable;
  data_figure_corrections: DataFigureCorrectionsTable;
  annual_report_narratives: AnnualReportNarrativesTable;
  trainings: TrainingsTable;
  training_audiences: TrainingAudiencesTable;
  outreach_contacts: OutreachContactsTable;
  duty_links: DutyLinksTable;
  plan_mission: PlanMissionTable;
  plan_goals: PlanGoalsTable;
  plan_objectives: PlanObjectivesTable;
  plan_progress_updates: PlanProgressUpdatesTable;
  plan_objective_actions: PlanObjectiveActionsTable;
  plan_objective_decisions: PlanObjectiveDecisionsTable;
  plan_objective_measures: PlanObjectiveMeasuresTable;
  agenda_review_items: AgendaReviewItemsTable;
  agenda_plan_updates: AgendaPlanUpdatesTable;
  agenda_data_snapshots: AgendaDataSnapshotsTable;
}
