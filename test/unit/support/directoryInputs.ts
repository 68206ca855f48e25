import type { MemberInput, OrganizationInput } from '../../../shared/contract';
import type { Db } from '../../../main/db/openDatabase';
import { workspaceFiles } from '../../../main/workspace/workspaceFiles';
import { PASSPHRASE, type TestDesk, withDatabaseFile } from './testDesk';

export function organizationInput(overrides: Partial<OrganizationInput> = {}): OrganizationInput {
  return { name: 'Lane County Child Welfare', sector: 'child-welfare', kind: 'public-agency', involvement: 'core', ...overrides };
}

/** A member whose email follows their name (emails are unique): "Rosa Muñoz" is rosa.munoz@example.org unless given. */
export function memberInput(overrides: Partial<MemberInput> = {}): MemberInput {
  const fullName = overrides.fullName ?? 'Rosa Muñoz';
  return { fullName, email: `${emailLocalPart(fullName)}@example.org`, ...overrides };
}

function emailLocalPart(fullName: string): string {
  return (
    fullName
      .normalize('NFD')
      .replace(/[^\w\s.-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '.') || 'member'
  );
}

/** Locks the workspace and opens its database directly, to look at what is really stored; unlocks again after. */
export async function withStoredDatabase<T>(t: TestDesk, workspacePath: string, use: (db: Db) => T | Promise<T>): Promise<T> {
  await t.call('workspace.lock', {});
  try {
    return await withDatabaseFile(workspaceFiles(workspacePath), use);
  } finally {
    await t.call('workspace.unlock', { path: workspacePath, passphrase: PASSPHRASE });
  }
}
