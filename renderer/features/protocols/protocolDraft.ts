import type { ProtocolDetail } from '../../../shared/contract';
import type { DutyId } from '../../../shared/childWelfareDuties';
import type { ProtocolKind, ProtocolSubtype } from '../../../shared/protocolLabels';
import type { SectorId } from '../../../shared/stakeholderSectors';

/** The form's values as typed; `protocolInput` turns them into what the contract takes. */
export interface ProtocolDraft {
  title: string;
  kind: ProtocolKind;
  subtype: ProtocolSubtype | '';
  summary: string;
  reviewMonths: string;
  renewalOn: string;
  requiredSectors: SectorId[];
  duties: DutyId[];
  firstVersion: string;
}

export const emptyProtocolDraft: ProtocolDraft = {
  title: '',
  kind: 'protocol',
  subtype: '',
  summary: '',
  reviewMonths: '12',
  renewalOn: '',
  requiredSectors: [],
  duties: [],
  firstVersion: '1',
};

export const protocolFormKeys = ['title', 'kind', 'subtype', 'summary', 'reviewMonths', 'renewalOn', 'requiredSectors', 'duties', 'firstVersion'] as const;

export function draftFromProtocol(protocol: ProtocolDetail): ProtocolDraft {
  return {
    title: protocol.title,
    kind: protocol.kind,
    subtype: protocol.subtype ?? '',
    summary: protocol.summary,
    reviewMonths: protocol.reviewMonths === null ? '' : String(protocol.reviewMonths),
    renewalOn: protocol.renewalOn ?? '',
    requiredSectors: protocol.requiredSectors,
    duties: protocol.duties,
    firstVersion: '1',
  };
}

/** An empty cycle means no review cycle; anything else typed goes to the contract as a number for it to judge. */
export function protocolInput(draft: ProtocolDraft) {
  const months = draft.reviewMonths.trim();
  return {
    title: draft.title,
    kind: draft.kind,
    subtype: draft.kind === 'protocol' && draft.subtype !== '' ? draft.subtype : null,
    summary: draft.summary,
    reviewMonths: months === '' ? null : Number(months),
    renewalOn: draft.renewalOn === '' ? null : draft.renewalOn,
    requiredSectors: draft.requiredSectors,
    duties: draft.duties,
    firstVersion: draft.firstVersion,
  };
}
