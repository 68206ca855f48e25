import type { OrganizationInput } from '../../shared/contract';

/**
 * A fictional coalition in the fictional Riverbend County: about forty organizations across most
 * sectors. Labor and employment, and caregivers, are left out on purpose so the coverage view has gaps.
 */
export type SampleOrganization = Pick<OrganizationInput, 'name' | 'sector' | 'kind' | 'involvement' | 'sectorOtherLabel'> & {
  qualities?: [boolean, boolean, boolean];
};

export const SAMPLE_COALITION = {
  name: 'Riverbend County Youth Safety Coalition (sample)',
  jurisdiction: { state: 'Oregon', region: 'Riverbend County (fictional)' },
};

export const sampleOrganizations: readonly SampleOrganization[] = [
  {
    name: 'Riverbend County Department of Children and Families',
    sector: 'child-welfare',
    kind: 'public-agency',
    involvement: 'core',
    qualities: [true, true, true],
  },
  { name: 'Riverbend Family Preservation Services', sector: 'child-welfare', kind: 'nonprofit', involvement: 'core', qualities: [true, false, true] },
  {
    name: 'Tribal Family Services of the Cedar River Nation',
    sector: 'child-welfare',
    kind: 'tribal',
    involvement: 'periodic',
    qualities: [true, false, true],
  },
  {
    name: 'Riverbend Police Department, Special Victims Unit',
    sector: 'law-enforcement-justice',
    kind: 'public-agency',
    involvement: 'core',
    qualities: [true, true, false],
  },
  {
    name: 'Riverbend County Juvenile Probation',
    sector: 'law-enforcement-justice',
    kind: 'public-agency',
    involvement: 'core',
    qualities: [true, false, true],
  },
  { name: 'Riverbend County Sheriff’s Office', sector: 'law-enforcement-justice', kind: 'public-agency', involvement: 'periodic' },
  { name: 'Lantern House Youth Shelter', sector: 'runaway-homeless-youth', kind: 'nonprofit', involvement: 'core', qualities: [true, true, true] },
  { name: 'Street Outreach Collective of Riverbend', sector: 'runaway-homeless-youth', kind: 'nonprofit', involvement: 'core', qualities: [true, true, true] },
  { name: 'Safe Harbor Sexual Assault Center', sector: 'sexual-assault-violence', kind: 'nonprofit', involvement: 'core', qualities: [true, true, true] },
  {
    name: 'Riverbend Coalition Against Domestic Violence',
    sector: 'sexual-assault-violence',
    kind: 'nonprofit',
    involvement: 'periodic',
    qualities: [false, true, true],
  },
  { name: 'Riverbend County Juvenile Court', sector: 'family-court-judges', kind: 'court', involvement: 'core', qualities: [true, false, true] },
  { name: 'Riverbend CASA Volunteers', sector: 'casa-gal-legal', kind: 'nonprofit', involvement: 'core', qualities: [true, false, true] },
  { name: 'Youth Law Project of Riverbend', sector: 'casa-gal-legal', kind: 'nonprofit', involvement: 'periodic', qualities: [true, true, false] },
  { name: 'Willow Creek Child Advocacy Center', sector: 'casa-gal-legal', kind: 'nonprofit', involvement: 'core', qualities: [true, true, true] },
  { name: 'Riverbend Behavioral Health Partners', sector: 'behavioral-health', kind: 'nonprofit', involvement: 'core', qualities: [true, false, true] },
  { name: 'Northside Youth Counseling', sector: 'behavioral-health', kind: 'nonprofit', involvement: 'prospective' },
  { name: 'Riverbend County Public Health', sector: 'health-public-health', kind: 'public-agency', involvement: 'core', qualities: [true, false, true] },
  {
    name: 'Mercy Valley Hospital Emergency Department',
    sector: 'health-public-health',
    kind: 'nonprofit',
    involvement: 'periodic',
    qualities: [false, true, true],
  },
  { name: 'Riverbend Teen Health Clinic', sector: 'health-public-health', kind: 'nonprofit', involvement: 'periodic', qualities: [true, false, true] },
  { name: 'Riverbend Housing Authority', sector: 'housing-shelter-youth-services', kind: 'public-agency', involvement: 'periodic' },
  { name: 'Bridgeway Transitional Living', sector: 'housing-shelter-youth-services', kind: 'nonprofit', involvement: 'core', qualities: [true, true, true] },
  { name: 'Riverbend Unified School District', sector: 'education', kind: 'school-district', involvement: 'core', qualities: [true, false, false] },
  { name: 'Cedar Hollow High School Counseling Office', sector: 'education', kind: 'school-district', involvement: 'periodic', qualities: [true, false, true] },
  { name: 'Riverbend Community College Student Services', sector: 'education', kind: 'school-district', involvement: 'prospective' },
  { name: 'Riverbend Youth Advisory Board', sector: 'youth-survivors', kind: 'nonprofit', involvement: 'core', qualities: [true, true, true] },
  { name: 'Survivor Voices Network (fictional)', sector: 'youth-survivors', kind: 'nonprofit', involvement: 'core', qualities: [true, true, true] },
  { name: 'Riverbend Mall Security Services', sector: 'entertainment-recreation', kind: 'business', involvement: 'prospective' },
  { name: 'Riverbend Parks and Recreation', sector: 'entertainment-recreation', kind: 'public-agency', involvement: 'periodic' },
  { name: 'Riverbend Hotel and Lodging Association', sector: 'businesses-at-risk', kind: 'business', involvement: 'periodic', qualities: [false, true, false] },
  { name: 'Interstate Truck Stop Owners Group', sector: 'businesses-at-risk', kind: 'business', involvement: 'prospective' },
  { name: 'Riverbend Interfaith Council', sector: 'faith-leaders', kind: 'faith-community', involvement: 'periodic', qualities: [true, false, false] },
  { name: 'Riverbend Youth Services Network', sector: 'youth-services-coalitions', kind: 'nonprofit', involvement: 'periodic', qualities: [true, false, true] },
  { name: 'Eastside Neighborhood Watch', sector: 'neighborhood-watch', kind: 'other', involvement: 'prospective' },
  { name: 'Fort Riverbend Family Advocacy Program', sector: 'military', kind: 'public-agency', involvement: 'prospective', qualities: [true, false, true] },
  { name: 'Riverbend Landlord and Tenant Association', sector: 'landlord-tenant', kind: 'nonprofit', involvement: 'prospective' },
  {
    name: 'Riverbend County Office of Emergency Management',
    sector: 'other',
    sectorOtherLabel: 'Emergency management',
    kind: 'public-agency',
    involvement: 'periodic',
  },
  {
    name: 'State Anti-Trafficking Task Force, Region 4',
    sector: 'law-enforcement-justice',
    kind: 'public-agency',
    involvement: 'core',
    qualities: [false, true, false],
  },
  { name: 'Riverbend Public Library Teen Services', sector: 'youth-services-coalitions', kind: 'public-agency', involvement: 'prospective' },
  { name: 'Harbor Light Residential Treatment', sector: 'behavioral-health', kind: 'nonprofit', involvement: 'former' },
  { name: 'Riverbend Transit Authority', sector: 'other', sectorOtherLabel: 'Public transit', kind: 'public-agency', involvement: 'prospective' },
];
