import type { ChannelParsedInput, Measure } from '../../shared/contract';
import { breakdownById } from '../../shared/dataBreakdowns';
import { PARTNER_FILE_FORMAT, PARTNER_FILE_VERSION } from '../../shared/dataPartnerFileFormat';
import type { Period } from '../../shared/dataPeriods';
import { AppError } from '../../shared/errors';
import { appendAudit } from '../db/auditRepository';
import type { ReportingOrganization } from '../db/dataFigureRepository';
import { listMeasures } from '../db/dataMeasureRepository';
import { loadWorkspaceMeta } from '../db/workspaceMetaRepository';
import type { PreparedExport } from '../export/preparedExport';
import type { PartnerWorkbookModel } from '../export/dataPartnerFile/partnerFileXlsx';
import { owes, requireOrganization, requirePeriod } from './dataSubmissions';
import { exportFileNameOf } from './exportFileName';
import type { ServiceContext } from './serviceContext';
import { inTransaction } from './workspaceTransaction';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Fill-in files for partners without the app: one workbook per organization with the measures it owes for the
 * period, read and noted in the history in one transaction, then written by the export worker like every export.
 * One organization gives its .xlsx; several give a .zip holding one .xlsx each.
 */
export async function exportPartnerFiles(
  context: ServiceContext,
  input: ChannelParsedInput<'data.partnerFilesExport'>,
): Promise<{ jobId: string; fileName: string }> {
  const period = requirePeriod(input.period);
  const prepared = await inTransaction(context, async (trx, at): Promise<PreparedExport<'data-partner-files'>> => {
    const meta = await loadWorkspaceMeta(trx);
    if (!meta) throw new AppError('NOT_FOUND', 'The coalition’s record is missing. Reopen the workspace and try again.');
    const catalogue = await listMeasures(trx, { kind: period.kind });
    const now = context.now();
    const workbooks: PartnerWorkbookModel[] = [];
    for (const id of new Set(input.organizationIds)) {
      const organization = await requireOrganization(trx, id);
      const owed = catalogue.filter((measure) => owes(measure, organization.sector));
      if (owed.length === 0) {
        throw new AppError('VALIDATION', `${organization.name} owes no measures for ${period.label}, so there is nothing for it to fill in. Leave it out.`, {
          fieldErrors: { organizationIds: [`${organization.name} owes nothing for ${period.label}.`] },
        });
      }
      const fileName = uniqueName(exportFileNameOf(meta.name, now, `${organization.name} figures ${period.id}`, 'xlsx'), workbooks);
      workbooks.push(workbookModel({ fileName, coalitionName: meta.name, workspaceId: meta.id, organization, period, owed, catalogue }));
    }
    const single = workbooks.length === 1 ? workbooks[0] : undefined;
    const fileName = single ? single.fileName : exportFileNameOf(meta.name, now, `partner files ${period.id}`, 'zip');
    const changes = { request: { kind: 'data-partner-files', period: period.id, organizations: workbooks.length }, fileName };
    await appendAudit(trx, { profile: context.profile, entity: 'export', entityId: null, action: 'export prepared', changes }, at);
    return {
      renderer: 'data-partner-files',
      model: { workbooks, zip: !single, generatedAt: now.toISOString() },
      fileName,
      mimeType: single ? XLSX_MIME : 'application/zip',
    };
  });
  return { jobId: context.exportJobs.start(prepared), fileName: prepared.fileName };
}

interface WorkbookFacts {
  fileName: string;
  coalitionName: string;
  workspaceId: string;
  organization: ReportingOrganization;
  period: Period;
  owed: readonly Measure[];
  catalogue: readonly Measure[];
}

function workbookModel({ fileName, coalitionName, workspaceId, organization, period, owed, catalogue }: WorkbookFacts): PartnerWorkbookModel {
  const nameOf = (id: string | null) => (id === null ? null : (catalogue.find((measure) => measure.id === id)?.name ?? null));
  return {
    fileName,
    coalitionName,
    organizationName: organization.name,
    periodLabel: period.label,
    periodDates: `${period.label}: ${period.startsOn} to ${period.endsOn}`,
    dueOn: period.dueOn,
    marker: {
      format: PARTNER_FILE_FORMAT,
      version: PARTNER_FILE_VERSION,
      workspaceId,
      organizationId: organization.id,
      period: period.id,
      measures: owed.map((measure) => ({ id: measure.id, definitionVersion: measure.definitionVersion })),
    },
    measures: owed.map((measure) => ({
      id: measure.id,
      name: measure.name,
      unit: measure.unit,
      definition: measure.definition,
      definitionVersion: measure.definitionVersion,
      within24hOf: nameOf(measure.within24hOf),
      breakdowns: measure.breakdowns.map((id) => {
        const { label, cells } = breakdownById(id);
        return { id, label, cells: [...cells] };
      }),
    })),
  };
}

/** Two organizations of the same name still get two files in the zip. */
function uniqueName(fileName: string, taken: readonly PartnerWorkbookModel[]): string {
  if (!taken.some((workbook) => workbook.fileName === fileName)) return fileName;
  return fileName.replace(/\.xlsx$/, ` (${taken.length + 1}).xlsx`);
}
