import { expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { toStorageError } from '../../main/db/engine/storageErrors';

const engineError = (code: string) => Object.assign(new Error(`engine said ${code}`), { code });

it("reports the engines' races and unique violations as CONFLICT, and leaves every other error as it was", () => {
  for (const code of ['40001', '40P01', '23505', 'SQLITE_BUSY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']) {
    const mapped = toStorageError(engineError(code));
    expect(mapped, code).toBeInstanceOf(AppError);
    expect(mapped, code).toMatchObject({ code: 'CONFLICT' });
    expect((mapped as AppError).message, code).not.toContain(code);
  }
  const foreignKey = engineError('SQLITE_CONSTRAINT_FOREIGNKEY');
  const own = new AppError('NOT_FOUND', 'That member is gone.');
  expect(toStorageError(foreignKey)).toBe(foreignKey);
  expect(toStorageError(own)).toBe(own);
  expect(toStorageError('a string')).toBe('a string');
});
