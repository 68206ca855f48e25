// The data review page's work (issue 14) at a large coalition's size: 5 years of quarters x 40 organizations x 30
// measures with breakdowns (24,000 figures), read by the one review query, then every measure's table with small
// numbers suppressed (what the page draws), on the encrypted workspace and on a plain file.
import { sql } from 'kysely';
import { sqlcipherEngine } from '../main/db/engine/storageEngine';
import type { Db } from '../main/db/openDatabase';
import { reviewSeriesOn } from '../main/services/dataReview';
import { complianceRates, measureTable } from '../shared/dataReview';
import { type Row, medianMs } from './harness';

const YEARS = 5;
const ORGANIZATIONS = 40;
const MEASURES = 30;
const AT = '2026-01-01T00:00:00.000Z';
const periods = Array.from({ length: YEARS * 4 }, (_, at) => `${2021 + Math.floor(at / 4)}-Q${(at % 4) + 1}`);

function fillFigures(db: Db): void {
  const organization = db.prepare(
    "INSERT INTO organizations (id, name, sector, kind, involvement, created_at, updated_at) VALUES (?, ?, 'child-welfare', 'nonprofit', 'core', ?, ?)",
  );
  const measure = db.prepare(
    "INSERT INTO data_measures (id, set_id, builtin_key, name, unit, period_kind, breakdowns, within_24h_of, position, created_at, updated_at) VALUES (?, 'custom', NULL, ?, 'youth', 'quarterly', '[\"age\",\"type\"]', ?, ?, ?, ?)",
  );
  const definition = db.prepare('INSERT INTO data_measure_definitions (measure_id, version, definition, created_at) VALUES (?, 1, ?, ?)');
  const figure = db.prepare(
    "INSERT INTO data_figures (organization_id, measure_id, period, total, breakdown, definition_version, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, 1, ?, 'bench')",
  );
  const submission = db.prepare(
    "INSERT INTO data_submissions (organization_id, period, note, submitted_at, submitted_by, updated_at) VALUES (?, ?, '', ?, 'bench', ?)",
  );
  db.transaction(() => {
    for (let o = 0; o < ORGANIZATIONS; o++) organization.run(`bench-org-${o}`, `Bench organization ${o}`, AT, AT);
    for (let m = 0; m < MEASURES; m++) {
      measure.run(`bench-measure-${m}`, `Bench measure ${m}`, m % 3 === 2 ? `bench-measure-${m - 1}` : null, m, AT, AT);
      definition.run(`bench-measure-${m}`, `What bench measure ${m} counts.`, AT);
    }
    for (const [p, period] of periods.entries()) {
      for (let o = 0; o < ORGANIZATIONS; o++) {
        submission.run(`bench-org-${o}`, period, AT, AT);
        for (let m = 0; m < MEASURES; m++) {
          const total = ((o * 31 + m * 17 + p * 7) % 60) + (m % 3 === 2 ? 0 : 5);
          const sex = Math.floor(total / 2);
          const breakdown = JSON.stringify({
            age: { '12-14': Math.floor(total / 3), '15-17': total - Math.floor(total / 3) },
            type: { sex, labor: total - sex },
          });
          figure.run(`bench-org-${o}`, `bench-measure-${m}`, period, total, breakdown, AT);
        }
      }
    }
  })();
}

export async function dataReviewRows(dbs: { encrypted: Db; plain: Db }, repeats: number): Promise<Row[]> {
  for (const db of Object.values(dbs)) fillFigures(db);
  const query = { from: periods[0] ?? '', to: periods[periods.length - 1] ?? '', sectors: [], setId: null };
  const at = { today: '2026-06-01', threshold: 10 };
  const review = async (db: Db) => {
    const engine = sqlcipherEngine(db);
    await sql`SELECT 1`.execute(engine.db);
    return medianMs(repeats, () => reviewSeriesOn(engine.db, query, at));
  };
  const series = await reviewSeriesOn(sqlcipherEngine(dbs.plain).db, query, at);
  const tables = await medianMs(repeats, () => {
    for (const each of series.measures) measureTable(series, each.id, 'shared');
    complianceRates(series, 'shared');
  });
  const size = `${YEARS} years x ${ORGANIZATIONS} organizations x ${MEASURES} measures with breakdowns`;
  return [
    { operation: `data review query (dataReview.series): ${size}`, encryptedMs: await review(dbs.encrypted), plainMs: await review(dbs.plain) },
    {
      operation: `data review: every measure's table with small numbers suppressed (${size})`,
      encryptedMs: tables,
      plainMs: null,
      note: 'in memory, no database',
    },
  ];
}
