import type { DocumentLink, DocumentSubjectKind } from '../../../shared/contract';

const subjectKindWords: Record<DocumentSubjectKind, string> = {
  protocol_version: 'Protocol version',
  agenda_item: 'Agenda item',
  objective: 'Objective',
  training: 'Training',
};

/** How the library names what a document is attached to: the record's own words where known, else its kind. */
export function linkWords(link: DocumentLink): string {
  return link.label ?? subjectKindWords[link.subjectKind];
}
