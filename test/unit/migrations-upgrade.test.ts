import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import type { Db } from '../../main/db/openDatabase';
import { databaseAtStep } from './support/migratedDatabase';
import { columnsOf, dataTables, defaultOf, seedEveryTable } from './support/schemaSeeds';

const allRows = (db: Db, table: string) => db.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>;

describe('each migration step upgrades a workspace that holds data', () => {
  it.each(migrations.slice(1).map((migration, index) => [`${migration.version}-${migration.name}`, index + 1] as const))(
    '%s: every row of the step before survives, and new columns take their defaults',
    (_name, step) => {
      const db = databaseAtStep(step - 1);
      try {
        const seeded = seedEveryTable(db);
        expect(seeded.size).toBeGreaterThan(0);
        const before = new Map(
          dataTables(db).map((table) => [table, { rows: allRows(db, table), columns: columnsOf(db, table).map((column) => column.name) }]),
        );

        const backups: number[] = [];
        const result = migrate(db, migrations.slice(0, step + 1), { backupBeforeMigrating: (from) => backups.push(from) });
        expect(result.applied).toEqual([`${migrations[step]!.version}-${migrations[step]!.name}`]);
        expect(backups).toEqual([migrations[step - 1]!.version]);
        expect(schemaVersion(db)).toBe(migrations[step]!.version);
        expect(db.pragma('foreign_key_check')).toEqual([]);

        const backfilled = migrations[step]!.backfilledColumns ?? [];
        for (const [table, old] of before) {
          const columnsNow = columnsOf(db, table);
          const added = columnsNow.filter((column) => !old.columns.includes(column.name) && !backfilled.includes(`${table}.${column.name}`));
          const rowsNow = allRows(db, table);
          expect(rowsNow, `${table} keeps its rows`).toHaveLength(old.rows.length);
          rowsNow.forEach((row, index) => {
            for (const name of old.columns) expect(row[name], `${table}.${name} survives`).toEqual(old.rows[index]![name]);
            for (const column of added) expect(row[column.name], `${table}.${column.name} (new) takes its default`).toEqual(defaultOf(db, column));
          });
        }
      } finally {
        db.close();
      }
    },
  );

  it('can seed every table of the latest schema, so the next step gets the same test without new code', () => {
    const db = databaseAtStep(migrations.length - 1);
    try {
      expect([...seedEveryTable(db).keys()].sort()).toEqual(dataTables(db).sort());
    } finally {
      db.close();
    }
  });
});
