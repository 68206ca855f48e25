import type { ProtocolDetail, ProtocolSummary, ProtocolVersion } from '../../shared/contract';
import type { RegisterState } from '../../shared/protocolLabels';
import { nextReviewOn, reviewStatus } from '../../shared/protocolReviews';
import { signableStates } from '../../shared/protocolStates';
import { type SectorId, sectorIds } from '../../shared/stakeholderSectors';
import type { ProtocolRecords } from '../db/protocolRepository';

type Records = ProtocolRecords;
type VersionRecord = Records['versions'][number];

/**
 * The register as people read it, worked out from the stored rows and today's date in the coalition's time zone.
 * The current version is the adopted one, or else the newest; "due for review" is an adopted version whose review
 * date is near or past (shared/protocolReviews.ts).
 */
export function registerOf(records: Records, today: string): ProtocolSummary[] {
  return records.protocols.map((protocol) => summaryOf(records, protocol, today));
}

export function detailOf(
  records: Records,
  today: string,
  atTable: ReadonlyArray<{ id: string; name: string; sector: SectorId }>,
  members: ReadonlyArray<{ organizationId: string; id: string; shownName: string }>,
): ProtocolDetail | undefined {
  const protocol = records.protocols[0];
  if (!protocol) return undefined;
  const summary = summaryOf(records, protocol, today);
  const parties = records.parties.filter((party) => party.protocolId === protocol.id);
  const partyIds = new Set(parties.map((party) => party.organizationId));
  return {
    ...summary,
    versions: versionsOf(records, protocol.id).map((version) => versionOf(records, version)),
    parties: parties.map((party) => ({
      organizationId: party.organizationId,
      name: party.name,
      sector: party.sector,
      archived: party.archived,
      signatory: party.signatoryId === null ? null : { id: party.signatoryId, shownName: party.signatoryName ?? '' },
      members: members.filter((member) => member.organizationId === party.organizationId).map(({ id, shownName }) => ({ id, shownName })),
    })),
    candidates: summary.missingSectors.map((sector) => ({
      sector,
      organizations: atTable.filter((organization) => organization.sector === sector && !partyIds.has(organization.id)).map(({ id, name }) => ({ id, name })),
    })),
  };
}

function summaryOf(records: Records, protocol: Records['protocols'][number], today: string): ProtocolSummary {
  const versions = versionsOf(records, protocol.id);
  const adopted = versions.find((version) => version.state === 'adopted');
  const current = adopted ?? versions[0];
  const open = versions.find((version) => version.state === 'draft' || version.state === 'in-review');
  const reviewOn = adopted
    ? nextReviewOn({
        inForceSince: adopted.effectiveOn ?? adopted.adoptedOn,
        lastReviewedOn: protocol.lastReviewedOn,
        reviewMonths: protocol.reviewMonths,
        renewalOn: protocol.renewalOn,
      })
    : null;
  const review = reviewStatus(reviewOn, today);
  const parties = records.parties.filter((party) => party.protocolId === protocol.id);
  const requiredSectors = records.requiredSectors.filter((row) => row.protocolId === protocol.id).map((row) => row.sector);
  const partySectors = new Set(parties.filter((party) => !party.archived).map((party) => party.sector));
  const signOffs = current ? signOffsOf(records, current.id) : new Map<string, SignOffRecord>();
  return {
    ...protocol,
    state: registerState(current, review),
    currentVersion: current ? refOf(current) : null,
    openVersion: open && open !== current ? refOf(open) : null,
    nextReviewOn: reviewOn,
    review,
    partyCount: parties.length,
    unsignedParties:
      current && signableStates.includes(current.state)
        ? parties
            .filter((party) => !party.archived && signOffs.get(party.organizationId)?.status !== 'signed')
            .map((party) => ({
              organizationId: party.organizationId,
              name: party.name,
              status: signOffs.get(party.organizationId)?.status === 'declined' ? 'declined' : 'pending',
            }))
        : [],
    requiredSectors: sortedSectors(requiredSectors),
    missingSectors: sortedSectors(requiredSectors.filter((sector) => !partySectors.has(sector))),
    duties: records.duties.filter((row) => row.protocolId === protocol.id).map((row) => row.duty),
  };
}

function registerState(current: VersionRecord | undefined, review: ReturnType<typeof reviewStatus>): RegisterState {
  if (!current) return 'draft';
  if (current.state === 'adopted' && (review === 'due' || review === 'overdue')) return 'due-for-review';
  return current.state;
}

/** Newest first, as loaded. */
const versionsOf = (records: Records, protocolId: string) => records.versions.filter((version) => version.protocolId === protocolId);

const refOf = (version: VersionRecord) => ({
  id: version.id,
  label: version.label,
  state: version.state,
  effectiveOn: version.effectiveOn,
  adoptedOn: version.adoptedOn,
});

type SignOffRecord = Records['signOffs'][number];

function signOffsOf(records: Records, versionId: string): Map<string, SignOffRecord> {
  return new Map(records.signOffs.filter((signOff) => signOff.versionId === versionId).map((signOff) => [signOff.organizationId, signOff]));
}

/** One sign-off per current party; a party with nothing recorded on this version is pending. */
function versionOf(records: Records, version: VersionRecord): ProtocolVersion {
  const signOffs = signOffsOf(records, version.id);
  return {
    ...refOf(version),
    changes: version.changes,
    endedOn: version.endedOn,
    meeting: version.meetingId === null ? null : { id: version.meetingId, title: version.meetingTitle ?? '', startsAt: version.meetingStartsAt ?? '' },
    decision: version.decisionId === null ? null : { id: version.decisionId, text: version.decisionText ?? '' },
    signOffs: records.parties
      .filter((party) => party.protocolId === version.protocolId)
      .map((party) => {
        const recorded = signOffs.get(party.organizationId);
        return {
          organizationId: party.organizationId,
          status: recorded?.status ?? 'pending',
          signedOn: recorded?.signedOn ?? null,
          signatoryName: recorded?.signatoryName ?? null,
        };
      }),
  };
}

/** In the taxonomy's order, as the coverage page lists them. */
const sortedSectors = (ids: SectorId[]) => [...ids].sort((a, b) => sectorIds.indexOf(a) - sectorIds.indexOf(b));
