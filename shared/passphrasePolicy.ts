/** Rules a passphrase must meet, shared by the form and the service so both say the same thing. */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 1024;

export const passphraseTooShortMessage = `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`;
