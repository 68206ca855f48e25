/** What the running header of an exported page says besides the coalition's name, in every format. */
export const CONFIDENTIAL_HEADER = 'CONFIDENTIAL';
export const DRAFT_HEADER = 'DRAFT - not yet approved';
