import { memberInputSchema, organizationInputSchema } from '../../shared/contract';
import type { ServiceContext } from '../services/serviceContext';
import { createMember } from '../services/members';
import { createOrganization } from '../services/organizations';
import { workspaceDb } from '../services/workspaceTransaction';
import { sampleMembers } from './sampleMembers';
import { sampleOrganizations } from './sampleOrganizations';

export interface SampleSummary {
  organizations: number;
  members: number;
}

/** Fills the open workspace with the fictional sample coalition, all or nothing, through the same services as the UI. */
export function fillSampleCoalition(context: ServiceContext): SampleSummary {
  const db = workspaceDb(context);
  return db.transaction(() => {
    const organizationIds = new Map<string, string>();
    for (const sample of sampleOrganizations) {
      const [vulnerableYouth, traffickingExpertise, traumaInformed] = sample.qualities ?? [false, false, false];
      const organization = createOrganization(
        context,
        organizationInputSchema.parse({ ...sample, jurisdiction: 'Riverbend County', qualities: { vulnerableYouth, traffickingExpertise, traumaInformed } }),
      );
      organizationIds.set(sample.name, organization.id);
    }
    const members = sampleMembers();
    for (const { organizationName, ...member } of members) {
      createMember(context, memberInputSchema.parse({ ...member, organizationId: organizationName ? (organizationIds.get(organizationName) ?? null) : null }));
    }
    return { organizations: sampleOrganizations.length, members: members.length };
  })();
}
