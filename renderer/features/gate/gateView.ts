import type { WorkspaceSummary } from '../../../shared/contract';

/** Which gate screen is showing; the gate is driven by this state, not by routes. */
export type GateView =
  | { name: 'create' }
  | { name: 'recoveryCode'; workspace: WorkspaceSummary; recoveryCode: string }
  | { name: 'unlock'; selectedPath?: string; notice?: string }
  | { name: 'recover'; path: string }
  | { name: 'damaged'; path: string; message: string }
  | { name: 'tooNew'; message: string };
