/**
 * What text people type may hold. Every check is one linear pass, so a megabyte of input costs a millisecond.
 * Names (which also become folder and file names) are one line of visible text; free text such as notes may
 * keep tabs and line breaks. Neither may hold a lone surrogate (half of a character, which no file or
 * database can store faithfully).
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
// eslint-disable-next-line no-control-regex -- control characters are exactly what these look for
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what these look for
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Direction overrides and isolates (which can make "exe.pdf" read as "fdp.exe") and zero-width characters. */
const DISGUISING = /[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/;

export const textMessages = {
  brokenCharacter: (label: string) => `${label} has a broken character in it, often left by copying and pasting. Type it again and try once more.`,
  notOneLine: (label: string) => `${label} must be one line of plain text, without tabs, line breaks or control characters.`,
  controlCharacter: (label: string) => `${label} has a control character in it. Remove it and try again.`,
  disguising: (label: string) =>
    `${label} has an invisible character that can disguise text (a direction override or a zero-width space). Remove it and try again.`,
};

/** Why a name cannot be used, or null. */
export function nameProblem(label: string, value: string): string | null {
  if (LONE_SURROGATE.test(value)) return textMessages.brokenCharacter(label);
  if (ANY_CONTROL.test(value)) return textMessages.notOneLine(label);
  if (DISGUISING.test(value)) return textMessages.disguising(label);
  return null;
}

/** Why free text (notes, descriptions, paths) cannot be saved, or null. */
export function freeTextProblem(label: string, value: string): string | null {
  if (LONE_SURROGATE.test(value)) return textMessages.brokenCharacter(label);
  if (CONTROL_EXCEPT_LINES.test(value)) return textMessages.controlCharacter(label);
  return null;
}

/** Why a typed path cannot be used, or null: it may name any folder that exists, but holds no control characters. */
export function pathProblem(label: string, value: string): string | null {
  if (LONE_SURROGATE.test(value)) return textMessages.brokenCharacter(label);
  if (ANY_CONTROL.test(value)) return textMessages.controlCharacter(label);
  return null;
}
