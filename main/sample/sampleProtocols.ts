import type { DutyId } from '../../shared/childWelfareDuties';
import type { ProtocolKind, ProtocolSubtype } from '../../shared/protocolLabels';
import { DOCUMENT_CHUNK_BYTES } from '../../shared/documentFiles';
import { finishUpload, receiveChunk, startUpload } from '../services/documents';
import { addVersion, adoptVersion, createProtocol, moveVersion, setParty, setSignOff } from '../services/protocols';
import type { ServiceContext } from '../services/serviceContext';
import { parsed } from './sampleInput';
import { samplePdf } from './samplePdf';

type Stage = 'draft' | 'in-review' | 'adopted' | 'due-for-review' | 'superseded';

interface SampleProtocol {
  title: string;
  kind: ProtocolKind;
  subtype: ProtocolSubtype | null;
  summary: string;
  stage: Stage;
  duties: DutyId[];
  /** Party organizations by their sample name; the first signs, the second too when `allSign`. */
  parties: string[];
  allSign: boolean;
  sections: string[];
}

/** The sample's register (fictional): five protocols and agreements, one in each state a coordinator meets. */
export const sampleProtocols: readonly SampleProtocol[] = [
  {
    title: 'Missing from care response protocol',
    kind: 'protocol',
    subtype: 'locating-missing',
    summary: 'Who looks for a youth missing from foster care, who reports to law enforcement and the national registry, and who debriefs the youth on return.',
    stage: 'adopted',
    // Not yet the duty to learn why a youth left: the sample's checklist keeps one gap to show.
    duties: ['locate-missing', 'report-missing'],
    parties: ['Riverbend County Department of Children and Families', 'Riverbend Police Department, Special Victims Unit', 'Lantern House Youth Shelter'],
    allSign: true,
    sections: [
      'First hours: the caseworker reports the youth missing to police at once.',
      'Search: partners share last known places and contacts.',
      'Return: a debrief within 72 hours asks why the youth left and what happened.',
    ],
  },
  {
    title: 'Screening and referral protocol',
    kind: 'protocol',
    subtype: 'screening',
    summary: 'Every youth entering care is screened for exploitation with the state tool, and positive screens are referred the same day.',
    stage: 'due-for-review',
    duties: ['identify-and-serve', 'report-victims'],
    parties: ['Riverbend County Department of Children and Families', 'Riverbend Behavioral Health Partners'],
    allSign: false,
    sections: ['Who screens: the intake caseworker, within 24 hours.', 'Referral: a positive screen goes to the multidisciplinary team.'],
  },
  {
    title: 'Information-sharing agreement',
    kind: 'data-sharing',
    subtype: null,
    summary: 'What partners may share about a youth, with whom, and how the coalition keeps counts without names.',
    stage: 'in-review',
    duties: ['consult'],
    parties: ['Riverbend County Public Health', 'Safe Harbor Sexual Assault Center'],
    allSign: false,
    sections: ['Counts only: partners share aggregate figures, never names.', 'Consent: anything more needs the youth’s written, time-limited consent.'],
  },
  {
    title: 'Hotel partnership MOU',
    kind: 'mou',
    subtype: null,
    summary: 'Hotels train their staff yearly and call the hotline; the coalition provides the training and the posters.',
    stage: 'draft',
    duties: ['identify-and-serve'],
    parties: ['Riverbend Hotel and Lodging Association'],
    allSign: false,
    sections: ['Training: every front desk and housekeeping employee, once a year.', 'Calls: staff call the hotline and the police non-emergency line.'],
  },
  {
    title: 'Coalition charter',
    kind: 'charter',
    subtype: null,
    summary: 'Membership, co-leadership, voting and the orientation of new members.',
    stage: 'superseded',
    duties: [],
    parties: ['Riverbend County Department of Children and Families', 'Riverbend Youth Advisory Board'],
    allSign: true,
    sections: ['Membership: agencies that serve youth, and youth advisors.', 'Voting: one vote per member agency; a quorum is half the voting members.'],
  },
];

export interface SamplePdfs {
  /** Per protocol title, the PDF of each version in order. */
  byTitle: Map<string, Buffer[]>;
}

const versionsOf = (stage: Stage) => (stage === 'superseded' ? ['2024', '2026'] : ['1']);

/** Writes the PDFs first: the sample's one transaction may await nothing but the database. */
export async function sampleProtocolPdfs(coalitionName: string, now: Date): Promise<SamplePdfs> {
  const byTitle = new Map<string, Buffer[]>();
  for (const protocol of sampleProtocols) {
    const files = [];
    for (const version of versionsOf(protocol.stage)) files.push(await samplePdf(coalitionName, { ...protocol, version }, now));
    byTitle.set(protocol.title, files);
  }
  return { byTitle };
}

/** Stores one PDF through the documents service (the same pieces as an upload) and attaches it to the version. */
async function storePdf(context: ServiceContext, name: string, version: string, bytes: Buffer, versionId: string): Promise<void> {
  const { uploadId } = startUpload(context, parsed('documents.uploadStart', { fileName: `${name}.pdf`, sizeBytes: bytes.length }));
  for (let index = 0; index * DOCUMENT_CHUNK_BYTES < bytes.length; index += 1) {
    const piece = bytes.subarray(index * DOCUMENT_CHUNK_BYTES, (index + 1) * DOCUMENT_CHUNK_BYTES);
    receiveChunk(context, parsed('documents.uploadChunk', { uploadId, index, contentBase64: piece.toString('base64') }));
  }
  await finishUpload(
    context,
    parsed('documents.uploadFinish', { uploadId, name, versionLabel: version, attachTo: { subjectKind: 'protocol_version', subjectId: versionId } }),
  );
}

const dayBefore = (today: string, days: number) => new Date(Date.parse(`${today}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The register through the protocols' own services: parties with a signatory each (a member of the party), sign-offs,
 * adoption dates that put one protocol due for review, one version superseded by a newer one, and each version's PDF.
 */
export async function fillSampleProtocols(
  context: ServiceContext,
  organizationIds: ReadonlyMap<string, string>,
  pdfs: SamplePdfs,
  today: string,
): Promise<number> {
  for (const seed of sampleProtocols) {
    const labels = versionsOf(seed.stage);
    let detail = await createProtocol(
      context,
      parsed('protocols.create', {
        title: seed.title,
        kind: seed.kind,
        subtype: seed.subtype,
        summary: seed.summary,
        reviewMonths: 12,
        duties: seed.duties,
        firstVersion: labels[0],
      }),
    );
    for (const name of seed.parties) {
      const organizationId = organizationIds.get(name);
      if (!organizationId) continue;
      detail = await setParty(context, parsed('protocols.setParty', { protocolId: detail.id, organizationId }));
      const signatory = detail.parties.find((party) => party.organizationId === organizationId)?.members[0];
      if (signatory) detail = await setParty(context, parsed('protocols.setParty', { protocolId: detail.id, organizationId, signatoryId: signatory.id }));
    }
    const adoptedDays = seed.stage === 'due-for-review' ? 355 : seed.stage === 'superseded' ? 700 : 120;
    for (const [index, label] of labels.entries()) {
      const version =
        index === 0
          ? detail.versions.at(-1)
          : (detail = await addVersion(
              context,
              parsed('protocols.addVersion', { protocolId: detail.id, label, changes: 'Voting rules rewritten; youth advisors vote.' }),
            )).versions[0];
      if (!version) continue;
      await storePdf(context, seed.title, label, pdfs.byTitle.get(seed.title)?.[index] ?? Buffer.alloc(0), version.id);
      if (seed.stage === 'draft') continue;
      detail = await moveVersion(context, parsed('protocols.moveVersion', { id: version.id, state: 'in-review' }));
      if (seed.stage === 'in-review') continue;
      const adoptedOn = dayBefore(today, index === 0 ? adoptedDays : 60);
      detail = await adoptVersion(context, parsed('protocols.adopt', { id: version.id, adoptedOn }));
      for (const [partyIndex, party] of detail.parties.entries()) {
        if (partyIndex > 0 && !seed.allSign) break;
        await setSignOff(
          context,
          parsed('protocols.setSignOff', { versionId: version.id, organizationId: party.organizationId, status: 'signed', signedOn: adoptedOn }),
        );
      }
    }
  }
  return sampleProtocols.length;
}
