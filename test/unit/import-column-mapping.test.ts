import { describe, expect, it } from 'vitest';
import { emptyColumnMapping, guessColumnMapping, missingRequiredFields } from '../../main/import/columnMapping';

describe('guessing the column mapping', () => {
  it('maps organization headers whatever their case, spacing or punctuation', () => {
    const mapping = guessColumnMapping('organizations', ['Agency', 'STAKEHOLDER GROUP', 'Web-site', 'Trauma-informed?', 'Date joined', 'Favourite colour']);
    expect(mapping).toMatchObject({ name: 0, sector: 1, website: 2, traumaInformed: 3, joinedOn: 4 });
    expect(Object.values(mapping).filter((column) => column !== null)).toHaveLength(5);
  });

  it.each([['Organization'], ['Org name'], ['organisation'], [' Agency Name ']])('takes %j as the organization name', (header) => {
    expect(guessColumnMapping('organizations', ['Sector', header]).name).toBe(1);
  });

  it('maps member headers, the organization column included', () => {
    const mapping = guessColumnMapping('members', ['First name', 'Last name', 'E-mail', 'Agency', 'Role', 'Primary rep', 'Voting']);
    expect(mapping).toMatchObject({
      firstName: 0,
      lastName: 1,
      email: 2,
      organization: 3,
      coalitionRole: 4,
      representativeRole: 5,
      votingMember: 6,
      fullName: null,
    });
  });

  it('falls back to headers that contain a known name, preferring the one they end with', () => {
    const mapping = guessColumnMapping('members', ['Name', 'Primary rep email', 'Organization name (legal)']);
    expect(mapping).toMatchObject({ fullName: 0, email: 1, organization: 2, representativeRole: null });
  });

  it('uses each column once', () => {
    const mapping = guessColumnMapping('organizations', ['Name', 'Name', 'Sector']);
    expect(mapping).toMatchObject({ name: 0, sector: 2 });
  });

  it('is a plain record that can be edited and checked', () => {
    const mapping = emptyColumnMapping('organizations');
    expect(missingRequiredFields('organizations', mapping)).toEqual(['Choose the column for Name.', 'Choose the column for Sector.']);
    mapping.name = 3;
    mapping.sector = 0;
    expect(missingRequiredFields('organizations', mapping)).toEqual([]);

    const members = emptyColumnMapping('members');
    expect(missingRequiredFields('members', members)).toHaveLength(1);
    members.lastName = 1;
    expect(missingRequiredFields('members', members)).toEqual([]);
  });
});
