import { describe, expect, it } from 'vitest';
import { parseDate, parseYesNo } from '../../main/import/cellValues';
import {
  coalitionRoleMatcher,
  contactPreferenceMatcher,
  involvementMatcher,
  organizationKindMatcher,
  representativeRoleMatcher,
} from '../../main/import/enumMatching';
import { matchSector } from '../../main/import/sectorMatching';
import { sectors } from '../../shared/stakeholderSectors';

describe('matching sectors as people write them', () => {
  it.each([
    ['Law enforcement', 'law-enforcement-justice'],
    ['POLICE', 'law-enforcement-justice'],
    ['Juvenile justice', 'law-enforcement-justice'],
    ['child-welfare', 'child-welfare'],
    ['CPS', 'child-welfare'],
    ['Runaway and Homeless Service Providers', 'runaway-homeless-youth'],
    ['Domestic violence', 'sexual-assault-violence'],
    ['Guardians ad litem', 'casa-gal-legal'],
    ['Mental health', 'behavioral-health'],
    ['Public health', 'health-public-health'],
    ['Shelters', 'housing-shelter-youth-services'],
    ['Education System', 'education'],
    ['Youth advisory board', 'youth-survivors'],
    ['Foster parents', 'caregivers'],
    ['Hotels', 'businesses-at-risk'],
    ['Faith-based leaders', 'faith-leaders'],
    ['Military personnel', 'military'],
    ['Landlord & tenant associations', 'landlord-tenant'],
    ['other', 'other'],
  ])('reads %j as %s', (text, id) => {
    expect(matchSector(text)).toEqual({ ok: true, value: id });
  });

  it('reads every sector label and id', () => {
    for (const sector of sectors) {
      expect(matchSector(sector.label)).toEqual({ ok: true, value: sector.id });
      expect(matchSector(sector.id)).toEqual({ ok: true, value: sector.id });
    }
  });

  it('names an unknown sector', () => {
    expect(matchSector('Roller derby league')).toEqual({ ok: false, message: "Unknown sector 'Roller derby league'." });
  });
});

describe('matching choices', () => {
  it.each([
    [organizationKindMatcher, 'Non-profit', 'nonprofit'],
    [organizationKindMatcher, 'public agency', 'public-agency'],
    [organizationKindMatcher, 'School district', 'school-district'],
    [involvementMatcher, 'CORE', 'core'],
    [involvementMatcher, 'potential', 'prospective'],
    [coalitionRoleMatcher, 'Vice chair', 'co-chair'],
    [coalitionRoleMatcher, 'Note taker', 'note-taker'],
    [representativeRoleMatcher, 'yes', 'primary'],
    [representativeRoleMatcher, 'Alt', 'alternate'],
    [contactPreferenceMatcher, 'E-mail', 'email'],
  ])('reads %#: %j', (matcher, text, id) => {
    expect(matcher.match(text)).toEqual({ ok: true, value: id });
  });

  it('names an unknown choice', () => {
    expect(coalitionRoleMatcher.match('Emperor')).toEqual({ ok: false, message: "Unknown coalition role 'Emperor'." });
  });
});

describe('reading yes/no and dates', () => {
  it.each(['yes', 'Y', 'TRUE', 'x', '1'])('reads %j as yes', (text) => expect(parseYesNo('Voting', text)).toEqual({ ok: true, value: true }));
  it.each(['no', 'N', 'false', '0'])('reads %j as no', (text) => expect(parseYesNo('Voting', text)).toEqual({ ok: true, value: false }));
  it('refuses anything else', () => expect(parseYesNo('Voting', 'maybe')).toEqual({ ok: false, message: "Voting: use yes or no, not 'maybe'." }));

  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026-3-5', '2026-03-05'],
    ['2026/03/31', '2026-03-31'],
    ['3/31/2026', '2026-03-31'],
    ['03/05/2026', '2026-03-05'],
    ['3/31/2026 0:00', '2026-03-31'],
    ['2026-03-31T00:00:00Z', '2026-03-31'],
  ])('reads the date %j', (text, iso) => expect(parseDate('Joined', text)).toEqual({ ok: true, value: iso }));

  it('refuses a date it cannot read', () => {
    expect(parseDate('Joined', 'March 3rd')).toEqual({ ok: false, message: "Joined: use a date like 2026-03-31 or 3/31/2026, not 'March 3rd'." });
  });
});
