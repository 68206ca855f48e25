/** Where the directory's pages live, so coverage and search can link to them without importing the directory feature. */
export const organizationsPath = '/organizations';
export const membersPath = '/members';
export const coveragePath = '/coverage';

export const organizationPath = (id: string) => `${organizationsPath}/${id}`;
export const memberPath = (id: string) => `${membersPath}/${id}`;
