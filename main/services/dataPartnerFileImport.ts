import { randomUUID } from 'node:crypto';
import type { ChannelParsedInput, Measure, PartnerFilePreview } from '../../shared/contract';
import { MAX_PARTNER_FILE_BYTES } from '../../shared/dataPartnerFileFormat';
import { type Period, parsePeriod } from '../../shared/dataPeriods';
import { AppError } from '../../shared/errors';
import { findSubmission, reportingOrganizations } from '../db/dataFigureRepository';
import { definitionTexts, listMeasures } from '../db/dataMeasureRepository';
import type { StorageEngine, StorageExecutor } from '../db/engine/storageEngine';
import { loadWorkspaceMeta } from '../db/workspaceMetaRepository';
import { type PartnerFileContents, readPartnerFile } from '../import/partnerFileReader';
import { type FileProblem, figuresOfFile } from './dataPartnerFileReading';
import { type CheckedSubmission, checkSubmission, owes, requireOrganization, requirePeriod, sameFigure, writeCheckedSubmission } from './dataSubmissions';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

/**
 * Importing the file a partner returned: sent once and kept (with the workspace's engine, so locking drops it),
 * previewed (what will be entered, what corrected, what stops it, cell by cell), then written all or nothing in one
 * transaction through the entry form's own checks and correction history.
 */
interface StagedPartnerFile {
  id: string;
  fileName: string;
  contents: PartnerFileContents;
}

const KEPT_FILES = 3;
const stagedByEngine = new WeakMap<StorageEngine, Map<string, StagedPartnerFile>>();

function stagedFiles(context: ServiceContext): Map<string, StagedPartnerFile> {
  const engine = context.session.storage();
  let files = stagedByEngine.get(engine);
  if (!files) {
    files = new Map();
    stagedByEngine.set(engine, files);
  }
  return files;
}

const refuseFile = (message: string) => new AppError('VALIDATION', message, { fieldErrors: { file: [message] } });

export async function stagePartnerFile(context: ServiceContext, input: ChannelParsedInput<'data.partnerFileStage'>): Promise<PartnerFilePreview> {
  const expected = requirePeriod(input.period);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw refuseFile('That file is empty. Choose the file the partner returned.');
  if (bytes.length > MAX_PARTNER_FILE_BYTES)
    throw refuseFile('That file is larger than a filled-in partner file can be. Choose the file the partner returned.');
  const contents = await readPartnerFile(bytes);
  const db = storage(context);
  await requireFileFor(db, contents, { organizationId: input.organizationId, period: expected });
  const staged = { id: randomUUID(), fileName: input.fileName, contents };
  const files = stagedFiles(context);
  files.set(staged.id, staged);
  for (const id of [...files.keys()].slice(0, Math.max(0, files.size - KEPT_FILES))) files.delete(id);
  const reading = await readAgainstCatalogue(db, contents, '');
  return previewOf(staged, reading);
}

export async function importPartnerFile(
  context: ServiceContext,
  input: ChannelParsedInput<'data.partnerFileImport'>,
): Promise<{ organizationName: string; periodLabel: string; entered: number; corrected: number }> {
  const staged = stagedFiles(context).get(input.stagedId);
  if (!staged)
    throw new AppError('NOT_FOUND', 'That file is no longer open for import (the workspace was locked, or other files were chosen since). Choose it again.');
  const result = await inTransaction(context, async (trx, at) => {
    const period = await requireFileFor(trx, staged.contents, null);
    const reading = await readAgainstCatalogue(trx, staged.contents, input.reason);
    const problems = [...reading.problems, ...(reading.checked.errors.reason ?? []).map((message) => ({ cell: null, where: 'Reason', message }))];
    if (problems.length > 0) {
      const fieldErrors = Object.fromEntries(
        problems.map((problem) => [problem.cell ?? problem.where.toLowerCase(), [`${problem.where}: ${problem.message}`]]),
      );
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more to check)` : '';
      throw new AppError('VALIDATION', `${problems[0]?.cell ? `Cell ${problems[0].cell}, ` : ''}${problems[0]?.where}: ${problems[0]?.message}${more}`, {
        fieldErrors,
      });
    }
    const { checked, note } = reading;
    if (checked.changes.length === 0 && note === reading.storedNote)
      throw refuseFile('Nothing to import: every figure in this file is blank or already stored as it is.');
    await writeCheckedSubmission(context, trx, at, checked, { note, reason: input.reason, source: 'partner file' });
    return {
      organizationName: checked.organization.name,
      periodLabel: period.label,
      entered: checked.changes.length - checked.corrected.length,
      corrected: checked.corrected.length,
    };
  });
  stagedFiles(context).delete(staged.id);
  return result;
}

/**
 * The file must be this workspace's, for the organization and period the coordinator chose (at staging; `null` when
 * importing, where the staged file was already matched), and for an organization still on the roster.
 */
async function requireFileFor(
  db: StorageExecutor,
  contents: PartnerFileContents,
  expected: { organizationId: string; period: Period } | null,
): Promise<Period> {
  const { marker } = contents;
  const meta = await loadWorkspaceMeta(db);
  if (!meta || marker.workspaceId !== meta.id) {
    throw refuseFile(
      `This file was made by another coalition’s workspace, not by ${meta?.name ?? 'this one'}. Import it where it was made, or send the partner a new file from this workspace.`,
    );
  }
  const period = parsePeriod(marker.period);
  const [organization] = await reportingOrganizations(db, marker.organizationId);
  if (!period) throw refuseFile('This file names no period the app knows. Send the partner a new file.');
  if (expected && (marker.organizationId !== expected.organizationId || period.id !== expected.period.id)) {
    const wanted = await requireOrganization(db, expected.organizationId);
    const fileFor = organization ? `${organization.name}, ${period.label}` : `an organization no longer on the roster, ${period.label}`;
    throw refuseFile(
      `This file is for ${fileFor}, not for ${wanted.name}, ${expected.period.label}. Choose the file ${wanted.name} returned for ${expected.period.label}, or change the organization and period.`,
    );
  }
  if (!organization)
    throw refuseFile('The organization this file is for is no longer on the roster (or it is archived). Restore it first, or leave the file out.');
  return period;
}

interface FileAgainstCatalogue {
  lines: PartnerFilePreview['lines'];
  problems: FileProblem[];
  checked: CheckedSubmission;
  note: string;
  storedNote: string;
}

/** The file read against the catalogue and the figures stored now: the draft, the rules' verdict and every problem at its cell. */
async function readAgainstCatalogue(db: StorageExecutor, contents: PartnerFileContents, reason: string): Promise<FileAgainstCatalogue> {
  const { marker } = contents;
  const period = requirePeriod(marker.period);
  const organization = await requireOrganization(db, marker.organizationId);
  const catalogue = new Map((await listMeasures(db, { kind: period.kind })).map((measure) => [measure.id, measure]));
  const wording = await definitionTexts(db, [...catalogue.keys()]);
  const problems: FileProblem[] = [];
  const usable = new Map<string, Measure>();
  for (const { id, definitionVersion } of marker.measures) {
    const measure = catalogue.get(id);
    if (!measure || !wording.has(`${id}@${definitionVersion}`)) {
      problems.push({ cell: null, where: 'A measure of this file', message: 'This measure is no longer in the catalogue. Send the partner a new file.' });
    } else if (!owes(measure, organization.sector)) {
      problems.push({
        cell: null,
        where: measure.name,
        message: `${organization.name} no longer reports this measure for ${period.label} (it was switched off or its sectors changed since the file was made). Send the partner a new file.`,
      });
    } else usable.set(id, measure);
  }
  const file = figuresOfFile(contents, usable);
  problems.push(...file.problems);
  const stored = await findSubmission(db, organization.id, period.id);
  const storedNote = stored?.note ?? '';
  const note = file.note === '' ? storedNote : file.note;
  const checked = await checkSubmission(db, period, { organizationId: organization.id, note, reason, figures: file.figures });
  for (const [field, messages] of Object.entries(checked.errors)) {
    if (field === 'reason') continue;
    const measureId = field.startsWith('figures.') ? field.slice('figures.'.length) : null;
    const measure = measureId ? checked.measures.get(measureId) : undefined;
    const where = field === 'note' ? 'Note' : (measure?.name ?? 'A figure');
    const cell = field === 'note' ? file.noteCell : measureId ? (file.totalCells.get(measureId) ?? null) : null;
    for (const message of messages) problems.push({ cell, where, message });
  }
  const lines = [...usable.values()].map((measure) => {
    const was = checked.stored.get(measure.id);
    const now = file.figures.find((figure) => figure.measureId === measure.id);
    const change = !now ? 'blank' : !was ? 'new' : sameFigure(was, now) ? 'unchanged' : 'correction';
    const version = marker.measures.find((entry) => entry.id === measure.id)?.definitionVersion ?? measure.definitionVersion;
    return {
      measureId: measure.id,
      measureName: measure.name,
      unit: measure.unit,
      change,
      was: was ? { total: was.total, breakdown: was.breakdown } : null,
      now: now ? { total: now.total, breakdown: now.breakdown } : null,
      earlierDefinition: version < measure.definitionVersion,
    } as const;
  });
  return { lines, problems, checked, note, storedNote };
}

function previewOf(staged: StagedPartnerFile, reading: FileAgainstCatalogue): PartnerFilePreview {
  const { checked } = reading;
  return {
    stagedId: staged.id,
    fileName: staged.fileName,
    organization: { id: checked.organization.id, name: checked.organization.name },
    period: checked.period,
    // A note refused is not shown again: it may hold the identifier.
    note: checked.errors.note ? '' : reading.note,
    lines: reading.lines,
    problems: reading.problems,
    needsReason: checked.errors.reason !== undefined,
  };
}
