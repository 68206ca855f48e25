import { sectors, type SectorId } from '../../shared/stakeholderSectors';
import { type CellValue } from './cellValues';
import { normalizeKey } from './normalizeKey';

/**
 * Turns a sector as people write it into a sector id: the id, the label, any single part of the label
 * ("Law enforcement" for "Law enforcement, juvenile justice and probation"), the guide's wording,
 * or a common name for the kind of agency ("police", "schools").
 */
const commonNames: Partial<Record<SectorId, readonly string[]>> = {
  'child-welfare': ['cps', 'child protective services', 'child protection', 'dcfs', 'foster care agency', 'child and family services'],
  'law-enforcement-justice': ['police', 'sheriff', 'law enforcement', 'juvenile justice', 'probation', 'prosecutor', 'district attorney', 'fbi', 'justice'],
  'runaway-homeless-youth': ['runaway and homeless service providers', 'runaway and homeless youth', 'homeless youth', 'street outreach', 'rhy'],
  'sexual-assault-violence': ['sexual assault', 'domestic violence', 'dv', 'rape crisis', 'interpersonal violence', 'ipv'],
  'family-court-judges': ['family court', 'juvenile court', 'judges', 'judiciary'],
  'casa-gal-legal': ['casa', 'guardian ad litem', 'gal', 'legal aid', 'attorneys', 'child advocacy center', 'family advocacy center'],
  'behavioral-health': ['behavioral and mental health providers', 'mental health', 'behavioural health', 'counseling', 'therapy', 'substance use'],
  'health-public-health': ['health and public health agencies', 'public health', 'health', 'hospital', 'clinic', 'medical', 'health care', 'healthcare'],
  'housing-shelter-youth-services': ['housing, shelters, and youth services providers', 'housing', 'shelter', 'shelters', 'transitional living'],
  'labor-employment': ['labor', 'labour', 'employment', 'workforce', 'workforce development', 'department of labor'],
  education: ['education system', 'schools', 'school', 'school district', 'university', 'college'],
  'youth-survivors': ['survivors', 'survivor', 'youth advisory board', 'survivor advisors', 'lived experience', 'young adult survivors'],
  caregivers: ['foster parents', 'resource parents', 'kin', 'kinship', 'kinship caregivers', 'foster families'],
  'entertainment-recreation': ['entertainment', 'recreation', 'parks and recreation', 'public entertainment', 'venues', 'tourism', 'casinos', 'malls'],
  'businesses-at-risk': [
    'commercial businesses where trafficking occurs',
    'businesses',
    'business',
    'hotels',
    'motels',
    'hospitality',
    'truck stops',
    'convenience stores',
  ],
  'faith-leaders': ['faith', 'faith based', 'faith-based leaders', 'faith community', 'church', 'churches', 'clergy'],
  'youth-services-coalitions': ['youth coalition', 'youth services coalition'],
  'neighborhood-watch': ['neighborhood watches', 'neighbourhood watch', 'block watch'],
  military: ['military personnel', 'armed forces', 'base'],
  'landlord-tenant': ['landlords', 'tenants', 'landlord association', 'tenant association', 'property managers'],
  other: [],
};

/** The parts of a label: "Housing, shelters and youth services" gives housing, shelters, youth services. */
function labelParts(label: string): string[] {
  return label
    .replace(/\(.*?\)/g, ',')
    .split(/,|\band\b/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function buildSectorKeys(): Map<string, SectorId> {
  const keys = new Map<string, SectorId>();
  const ambiguous = new Set<string>();
  for (const sector of sectors) {
    for (const part of labelParts(sector.label)) {
      const key = normalizeKey(part);
      if (keys.has(key) && keys.get(key) !== sector.id) ambiguous.add(key);
      keys.set(key, sector.id);
    }
  }
  for (const key of ambiguous) keys.delete(key);
  for (const sector of sectors) {
    for (const text of [sector.id, sector.label, ...(commonNames[sector.id] ?? [])]) keys.set(normalizeKey(text), sector.id);
  }
  return keys;
}

const sectorKeys = buildSectorKeys();

export function matchSector(text: string): CellValue<SectorId> {
  const id = sectorKeys.get(normalizeKey(text));
  return id ? { ok: true, value: id } : { ok: false, message: `Unknown sector '${text}'.` };
}
