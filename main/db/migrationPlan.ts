import { AppError } from '../../shared/errors';

/** The checks both runners make before applying anything: the same list, the same refusals, on either engine. */
export interface Step {
  version: number;
  name: string;
}

/** What the schema lives in, for the refusal messages: a desktop workspace file or a PostgreSQL database. */
export type SchemaHolder = 'workspace' | 'database';

export interface MigrateResult {
  fromVersion: number;
  toVersion: number;
  applied: string[];
}

export function assertStrictlyIncreasing(list: readonly Step[]): void {
  list.forEach((step, index) => {
    const previous = list[index - 1];
    if (previous && step.version <= previous.version) {
      throw new Error(`Migration ${step.version}-${step.name} is not after ${previous.version}-${previous.name}.`);
    }
  });
}

export function assertNotNewer(list: readonly Step[], fromVersion: number, holder: SchemaHolder): void {
  if (fromVersion > (list.at(-1)?.version ?? 0)) {
    throw new AppError('WORKSPACE_TOO_NEW', `This ${holder} was saved by a newer version of Coalition Desk. Update the app to open it; nothing was changed.`);
  }
}

/** The steps recorded as applied must be exactly the list's steps up to fromVersion, names included. */
export function assertKnownHistory(applied: readonly Step[], list: readonly Step[], fromVersion: number, holder: SchemaHolder): void {
  const expected = list.filter((step) => step.version <= fromVersion);
  const matches =
    applied.length === expected.length && applied.every((row, index) => row.version === expected[index]?.version && row.name === expected[index]?.name);
  if (!matches) {
    throw new AppError('WORKSPACE_TOO_NEW', `This ${holder} has a schema history this version of Coalition Desk does not know. Nothing was changed.`);
  }
}

export const stepLabel = (step: Step) => `${step.version}-${step.name}`;
