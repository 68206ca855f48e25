import type { ChannelParsedInput } from '../../shared/contract';
import { appendAudit } from '../db/auditRepository';
import { latestNotes } from '../db/planRepository';
import { loadWorkspaceMeta } from '../db/workspaceMetaRepository';
import type { PreparedExport } from '../export/preparedExport';
import { dayWriter, generatedLine } from '../export/meetingRecord/recordWording';
import { planExportModel } from '../export/plan/planExportModel';
import { readSmallNumbers } from './dataSmallNumbers';
import { exportFileNameOf } from './exportFileName';
import { MEETING_RECORD_MIME_TYPES } from './meetingRecordExport';
import { readPlan } from './plan';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction } from './workspaceTransaction';

/**
 * The plan as PDF or DOCX: read and noted in the history in one transaction on either engine, then rendered by the
 * export worker like every other export (followed with exports.status, fetched with exports.save / exports.download).
 */
export async function exportPlan(context: ServiceContext, { format }: ChannelParsedInput<'plan.export'>): Promise<{ jobId: string; fileName: string }> {
  const prepared = await inTransaction(context, async (trx, at): Promise<PreparedExport<'plan-pdf' | 'plan-docx'>> => {
    const plan = await readPlan(context, trx);
    const notes = await latestNotes(
      trx,
      plan.goals.flatMap((goal) => goal.objectives.map((objective) => objective.id)),
    );
    const coalitionName = (await loadWorkspaceMeta(trx))?.name ?? '';
    const { timeZone, dateStyle } = await loadPreferences(trx);
    const now = context.now();
    const { threshold } = await readSmallNumbers(trx);
    const heading = { coalitionName, generatedLine: generatedLine(now, timeZone, dateStyle), generatedAt: now.toISOString() };
    const model = planExportModel(heading, plan, notes, dayWriter(dateStyle), threshold);
    const fileName = exportFileNameOf(coalitionName, now, 'strategic plan', format);
    await appendAudit(
      trx,
      { profile: context.profile, entity: 'export', entityId: null, action: 'export prepared', changes: { request: { kind: 'plan', format }, fileName } },
      at,
    );
    return { renderer: `plan-${format}`, model, fileName, mimeType: MEETING_RECORD_MIME_TYPES[format] };
  });
  return { jobId: context.exportJobs.start(prepared), fileName: prepared.fileName };
}
