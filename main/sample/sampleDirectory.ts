import type { ServiceContext } from '../services/serviceContext';
import { createMember } from '../services/members';
import { createOrganization } from '../services/organizations';
import { parsed } from './sampleInput';
import { sampleMembers } from './sampleMembers';
import { sampleOrganizations } from './sampleOrganizations';
import type { SampleRoster } from './sampleRoster';

/** The sample's organizations and people, through the directory's own services; returns who is who for the meetings. */
export async function fillSampleDirectory(context: ServiceContext): Promise<SampleRoster> {
  const organizationIds = new Map<string, string>();
  for (const sample of sampleOrganizations) {
    const [vulnerableYouth, traffickingExpertise, traumaInformed] = sample.qualities ?? [false, false, false];
    const organization = await createOrganization(
      context,
      parsed('directory.createOrganization', {
        ...sample,
        jurisdiction: 'Riverbend County',
        qualities: { vulnerableYouth, traffickingExpertise, traumaInformed },
      }),
    );
    organizationIds.set(sample.name, organization.id);
  }
  const coreNames = new Set(sampleOrganizations.filter((organization) => organization.involvement === 'core').map((organization) => organization.name));
  const people = [];
  for (const { organizationName, ...member } of sampleMembers()) {
    const input = parsed('directory.createMember', { ...member, organizationId: organizationName ? (organizationIds.get(organizationName) ?? null) : null });
    const { coalitionRole, representativeRole, votingMember, protectedIdentity } = input;
    const core = organizationName !== null && coreNames.has(organizationName);
    people.push({ id: (await createMember(context, input)).id, coalitionRole, representativeRole, votingMember, protectedIdentity, core });
  }
  return { people, organizationIds };
}
