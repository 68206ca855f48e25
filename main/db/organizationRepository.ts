import type { ChannelParsedInput, Organization } from '../../shared/contract';
import { insertSql, selectColumns, toFlag } from './columnList';
import { indexOrganization } from './directorySearchRepository';
import { compareNames } from '../../shared/nameSortKey';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';
import { preparedOnce } from './preparedOnce';

export type OrganizationFields = ChannelParsedInput<'directory.createOrganization'>;

const organizationFields = [
  'name',
  'sector',
  'sectorOtherLabel',
  'kind',
  'jurisdiction',
  'address',
  'phone',
  'website',
  'involvement',
  'vulnerableYouth',
  'traffickingExpertise',
  'traumaInformed',
  'notes',
  'joinedOn',
  'leftOn',
] as const;

type Representative = { id: string; displayName: string; role: 'primary' | 'alternate' };
type OrganizationRow = Omit<Organization, 'qualities' | 'primaryRepresentative' | 'alternateRepresentatives'> & {
  vulnerableYouth: number;
  traffickingExpertise: number;
  traumaInformed: number;
  representatives: string | null;
};

const insertOrganizationSql = insertSql('organizations', organizationFields);

export function insertOrganization(db: Db, id: string, fields: OrganizationFields, at: string): void {
  preparedOnce(db, insertOrganizationSql).run({ ...toParams(fields), id, createdAt: at, updatedAt: at });
  indexOrganization(db, id);
}

export function findOrganization(db: Db, id: string): Organization | undefined {
  const row = db.prepare(organizationQuery('WHERE o.id = @id', 'AND organization_id = @id')).get({ id }) as OrganizationRow | undefined;
  return row && toOrganization(row);
}

/** One query for any number of organizations: active members are counted and gathered per organization. */
function organizationQuery(where: string, memberFilter = ''): string {
  return `
    WITH representation AS (
      SELECT organization_id,
             count(*) AS memberCount,
             json_group_array(json_object('id', id, 'displayName', ${shownNameSql('members')}, 'role', representative_role))
               FILTER (WHERE representative_role <> 'none') AS representatives
      FROM members
      WHERE archived_at IS NULL AND organization_id IS NOT NULL ${memberFilter}
      GROUP BY organization_id
    )
    SELECT ${selectColumns('o', organizationFields)}, coalesce(r.memberCount, 0) AS memberCount, r.representatives
    FROM organizations o LEFT JOIN representation r ON r.organization_id = o.id
    ${where}
    ORDER BY o.name COLLATE NOCASE, o.id`;
}

function toParams(fields: OrganizationFields) {
  const { qualities, ...rest } = fields;
  return {
    ...rest,
    vulnerableYouth: toFlag(qualities.vulnerableYouth),
    traffickingExpertise: toFlag(qualities.traffickingExpertise),
    traumaInformed: toFlag(qualities.traumaInformed),
  };
}

function toOrganization(row: OrganizationRow): Organization {
  const { vulnerableYouth, traffickingExpertise, traumaInformed, representatives, ...rest } = row;
  const people = (JSON.parse(representatives ?? '[]') as Representative[]).sort((a, b) => compareNames(a.displayName, b.displayName));
  const summary = ({ id, displayName }: Representative) => ({ id, displayName });
  const primary = people.find((person) => person.role === 'primary');
  return {
    ...rest,
    qualities: { vulnerableYouth: vulnerableYouth === 1, traffickingExpertise: traffickingExpertise === 1, traumaInformed: traumaInformed === 1 },
    primaryRepresentative: primary ? summary(primary) : null,
    alternateRepresentatives: people.filter((person) => person.role === 'alternate').map(summary),
  };
}
