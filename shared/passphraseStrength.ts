import type * as ZxcvbnCore from '@zxcvbn-ts/core';
import type * as ZxcvbnCommon from '@zxcvbn-ts/language-common';
import type * as ZxcvbnEnglish from '@zxcvbn-ts/language-en';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH } from './passphrasePolicy';

/**
 * How hard a new passphrase is to guess, as zxcvbn-ts estimates it (0 very guessable … 4 very hard). The schema
 * both sides validate with (shared/contract) asks the installed estimator. **Each side installs it its own way**:
 * the main process when it starts, the renderer when a passphrase form first needs it, so its large dictionaries
 * never weigh on the renderer's first screen. With no estimator installed a new passphrase is refused, never let
 * through unchecked.
 */
export const MIN_PASSPHRASE_SCORE = 3;

export const weakPassphraseMessage =
  'This passphrase would be easy to guess. Use three or four random words that do not belong together, like “copper lantern orchard quietly”.';

export const strengthNotReadyMessage = 'Still checking how hard this passphrase is to guess. Try again in a moment.';

export interface PassphraseEstimate {
  score: 0 | 1 | 2 | 3 | 4;
  /** zxcvbn's own warning and suggestions, in English. */
  hints: string[];
}

export type PassphraseEstimator = (passphrase: string, userInputs?: readonly string[]) => PassphraseEstimate;

export interface ZxcvbnModules {
  core: typeof ZxcvbnCore;
  common: typeof ZxcvbnCommon;
  english: typeof ZxcvbnEnglish;
}

let installed: PassphraseEstimator | undefined;

const FORGET_LAST_PASSWORD = 'x';

export const ESTIMATED_CHARACTERS = 64;

export function installPassphraseEstimator(estimator: PassphraseEstimator): void {
  installed = estimator;
}

export function estimatePassphrase(passphrase: string, userInputs: readonly string[] = []): PassphraseEstimate | undefined {
  return installed?.(passphrase, userInputs);
}

/** The schema's strength rule: nothing to say about a length the length rules already refuse. */
export function passphraseStrengthProblem(passphrase: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH || passphrase.length > MAX_PASSPHRASE_LENGTH) return undefined;
  const estimate = estimatePassphrase(passphrase);
  if (!estimate) return strengthNotReadyMessage;
  return estimate.score < MIN_PASSPHRASE_SCORE ? weakPassphraseMessage : undefined;
}

/** An estimator over zxcvbn-ts; its dictionaries are ranked on the first call (about 0.2 s), not when it is made. */
export function zxcvbnEstimator({ core, common, english }: ZxcvbnModules): PassphraseEstimator {
  let configured = false;
  return (passphrase, userInputs = []) => {
    if (!configured) {
      core.zxcvbnOptions.setOptions({
        translations: english.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...english.dictionary },
      });
      configured = true;
    }
    // Scoring time grows steeply with length (a 1,024-character random string took 15 s of CPU here, 64 took under
    // 0.5 s), and zxcvbn-ts's own maxLength is ignored by its synchronous call: the first 64 characters decide.
    const result = core.zxcvbn(passphrase.slice(0, ESTIMATED_CHARACTERS), [...userInputs]);
    const hints = [result.feedback.warning, ...result.feedback.suggestions].filter((hint): hint is string => Boolean(hint));
    // zxcvbn-ts keeps the last password it scored in a module-level helper; score a harmless one so it lets go.
    core.zxcvbn(FORGET_LAST_PASSWORD);
    return { score: result.score, hints };
  };
}
