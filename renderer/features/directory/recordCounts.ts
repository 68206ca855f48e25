/** "1 organization", "3 members": counts as the bulk edit bar and its dialogs say them. */
export const organizationsText = (count: number): string => `${count} ${count === 1 ? 'organization' : 'organizations'}`;
export const membersText = (count: number): string => `${count} ${count === 1 ? 'member' : 'members'}`;
