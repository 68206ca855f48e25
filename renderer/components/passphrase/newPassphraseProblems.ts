import { newPassphraseSchema } from '../../../shared/contract';

export interface NewPassphraseValue {
  passphrase: string;
  confirm: string;
}

export interface NewPassphraseProblems {
  passphrase?: string;
  confirm?: string;
}

export const passphrasesDoNotMatch = 'The passphrases do not match.';

/** The same rule the host applies (shared/passphrasePolicy), plus the confirmation only a form can check. */
export function newPassphraseProblems({ passphrase, confirm }: NewPassphraseValue): NewPassphraseProblems {
  const problems: NewPassphraseProblems = {};
  const parsed = newPassphraseSchema.safeParse(passphrase);
  if (!parsed.success) problems.passphrase = parsed.error.issues[0]?.message;
  if (confirm !== passphrase) problems.confirm = passphrasesDoNotMatch;
  return problems;
}

export function hasProblems(problems: NewPassphraseProblems): boolean {
  return Boolean(problems.passphrase ?? problems.confirm);
}
