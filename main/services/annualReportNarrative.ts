import type { Narrative, NarrativeInput, NarrativeSectionId } from '../../shared/contract/annualReportSchemas';
import { narrativeSectionIds } from '../../shared/contract/annualReportSchemas';
import { appendAudit } from '../db/auditRepository';
import { readNarrative, writeNarrativeSection } from '../db/annualReportRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

/** The narrative sections of the annual report: the coordinator's own words, kept per date range (step 160). */
export const narrativeSections: Record<NarrativeSectionId, { title: string; hint: string }> = {
  introduction: { title: 'Introduction', hint: 'Who the coalition is and why this report: a few sentences a legislator can read first.' },
  highlights: { title: 'Highlights of the period', hint: 'What went well: agreements signed, partners who joined, changes for youth.' },
  challenges: { title: 'Challenges', hint: 'What held the work back, and what the coalition needs from funders or the board.' },
  'next-year': { title: 'Next year', hint: 'What the coalition will do next, tied to the plan where it can be.' },
};

export async function narrativeOf(db: StorageExecutor, range: { from: string; to: string }): Promise<Narrative> {
  const stored = new Map((await readNarrative(db, range)).map((row) => [row.section, row]));
  return {
    ...range,
    sections: narrativeSectionIds.map((id) => ({
      id,
      ...narrativeSections[id],
      text: stored.get(id)?.body ?? '',
      updatedAt: stored.get(id)?.updatedAt ?? null,
    })),
  };
}

export function getNarrative(context: ServiceContext, range: { from: string; to: string }): Promise<Narrative> {
  return narrativeOf(storage(context), range);
}

/** Saves the sections given (others stay as they are); text is kept as written, trimmed at its ends. */
export async function saveNarrative(context: ServiceContext, input: NarrativeInput): Promise<Narrative> {
  const range = { from: input.from, to: input.to };
  return inTransaction(context, async (trx, at) => {
    const before = await narrativeOf(trx, range);
    const changed: string[] = [];
    for (const id of narrativeSectionIds) {
      const text = input.sections[id]?.trim();
      if (text === undefined || text === before.sections.find((section) => section.id === id)?.text) continue;
      await writeNarrativeSection(trx, range, id, text, context.profile, at);
      changed.push(id);
    }
    if (changed.length > 0)
      await appendAudit(
        trx,
        { profile: context.profile, entity: 'annual-report', entityId: null, action: 'narrative saved', changes: { ...range, sections: changed } },
        at,
      );
    return narrativeOf(trx, range);
  });
}
