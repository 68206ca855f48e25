import { z } from 'zod';
import { freeTextProblem, nameProblem, pathProblem } from '../textRules';

/**
 * The text primitives every channel uses. The length limit aborts, so no later check (a pattern, a refinement)
 * ever runs on a text already known to be too long: zod 4 otherwise runs every check.
 */
const boundedText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .max(max, { message: `${label} must be at most ${max} characters.`, abort: true });

const withRule = (problem: (label: string, value: string) => string | null, label: string) =>
  z.string().check((context) => {
    const message = problem(label, context.value);
    if (message) context.issues.push({ code: 'custom', message, input: context.value });
  });

/** A required, trimmed name or title: one line of visible, well-formed text. */
export const requiredName = (label: string, max: number) => boundedText(label, max).min(1, `${label} is required.`).pipe(withRule(nameProblem, label));

/** An optional, trimmed name-like field (a label, a place), stored as '' when absent. */
export const optionalName = (label: string, max: number) => boundedText(label, max).pipe(withRule(nameProblem, label)).default('');

/** A required, trimmed free-text field (it may hold line breaks). */
export const requiredText = (label: string, max: number) => boundedText(label, max).min(1, `${label} is required.`).pipe(withRule(freeTextProblem, label));

/** An optional, trimmed free-text field stored as '' when absent. */
export const optionalText = (label: string, max: number) => boundedText(label, max).pipe(withRule(freeTextProblem, label)).default('');

/** The free-text rule alone, for long texts with their own limit (meeting notes). */
export const freeTextRule = (label: string) => withRule(freeTextProblem, label);

/** The path rule alone, for path fields with their own shape (trimmed, nullable). */
export const pathRule = (label: string) => withRule(pathProblem, label);

/** A path to a file or folder, as typed or chosen: any existing folder's name, but no control characters. */
export const pathText = (label: string, max: number, messages: { missing: string; tooLong: string }) =>
  z.string({ error: messages.missing }).min(1, messages.missing).max(max, { message: messages.tooLong, abort: true }).pipe(withRule(pathProblem, label));
