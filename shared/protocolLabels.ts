/**
 * The words of the protocols and agreements register. Ids are stable: they are stored (migration 0100).
 */
export const protocolKinds = ['protocol', 'mou', 'data-sharing', 'confidentiality', 'charter'] as const;
export type ProtocolKind = (typeof protocolKinds)[number];

export const protocolKindLabels: Record<ProtocolKind, string> = {
  protocol: 'Interagency protocol',
  mou: 'Memorandum of understanding (MOU)',
  'data-sharing': 'Data-sharing agreement',
  confidentiality: 'Confidentiality agreement',
  charter: 'Charter or bylaws',
};

/** What an interagency protocol is about; only protocols have one. */
export const protocolSubtypes = ['screening', 'reporting', 'locating-missing', 'referral', 'response-tiers'] as const;
export type ProtocolSubtype = (typeof protocolSubtypes)[number];

export const protocolSubtypeLabels: Record<ProtocolSubtype, string> = {
  screening: 'Screening',
  reporting: 'Reporting to law enforcement',
  'locating-missing': 'Locating youth missing from care',
  referral: 'Referral',
  'response-tiers': 'Tiers of response',
};

/** A version's stored state. */
export const versionStates = ['draft', 'in-review', 'adopted', 'superseded', 'expired'] as const;
export type VersionState = (typeof versionStates)[number];

/** What the register shows: a version's state, with "due for review" read from the review date of an adopted one. */
export const registerStates = ['draft', 'in-review', 'adopted', 'due-for-review', 'superseded', 'expired'] as const;
export type RegisterState = (typeof registerStates)[number];

export const registerStateLabels: Record<RegisterState, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  adopted: 'Adopted',
  'due-for-review': 'Due for review',
  superseded: 'Superseded',
  expired: 'Expired',
};

/** A party's answer on one version; no answer yet is pending. */
export const signOffStatuses = ['pending', 'signed', 'declined'] as const;
export type SignOffStatus = (typeof signOffStatuses)[number];

export const signOffStatusLabels: Record<SignOffStatus, string> = {
  pending: 'Not signed yet',
  signed: 'Signed',
  declined: 'Declined',
};

export function protocolKindText(kind: ProtocolKind, subtype: ProtocolSubtype | null): string {
  return kind === 'protocol' && subtype ? `${protocolKindLabels.protocol}: ${protocolSubtypeLabels[subtype].toLowerCase()}` : protocolKindLabels[kind];
}
