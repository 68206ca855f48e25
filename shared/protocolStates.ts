import type { VersionState } from './protocolLabels';

/**
 * The moves a person can make on a version: draft -> in review -> adopted, back from review to draft, and an
 * adopted version can expire. "Superseded" is never chosen: adopting a newer version does it. Superseded and
 * expired versions are history and do not move again.
 */
const allowedMoves: Record<VersionState, readonly VersionState[]> = {
  draft: ['in-review'],
  'in-review': ['draft', 'adopted'],
  adopted: ['expired'],
  superseded: [],
  expired: [],
};

export function canMoveVersion(from: VersionState, to: VersionState): boolean {
  return allowedMoves[from].includes(to);
}

/** Parties sign a version that others can read as final: in review or adopted. */
export const signableStates: readonly VersionState[] = ['in-review', 'adopted'];
