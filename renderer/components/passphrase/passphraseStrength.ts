import { MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrasePolicy';
import { MIN_PASSPHRASE_SCORE, type PassphraseEstimate, installPassphraseEstimator, zxcvbnEstimator } from '../../../shared/passphraseStrength';

/** Weak is exactly what the passphrase rule refuses; good and strong pass. */
export type StrengthLabel = 'weak' | 'good' | 'strong';

export interface PassphraseStrength extends PassphraseEstimate {
  label: StrengthLabel;
}

type Estimator = (passphrase: string, userInputs: string[]) => PassphraseStrength;

let estimator: Promise<Estimator> | undefined;

/**
 * The dictionaries are large; they load on first use so the first screen stays quick. Loading also installs the
 * estimator the shared passphrase schema asks, so the forms judge a new passphrase exactly as the host does.
 */
export function loadStrengthEstimator(): Promise<Estimator> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, english]) => {
      const estimate = zxcvbnEstimator({ core, common, english });
      installPassphraseEstimator(estimate);
      return (passphrase, userInputs) => {
        const result = estimate(passphrase, userInputs);
        return { ...result, label: labelFor(result.score, passphrase) };
      };
    },
  );
  return estimator;
}

function labelFor(score: PassphraseEstimate['score'], passphrase: string): StrengthLabel {
  // A passphrase the policy refuses is never called more than weak, however random it looks.
  if (passphrase.length < MIN_PASSPHRASE_LENGTH || score < MIN_PASSPHRASE_SCORE) return 'weak';
  return score === MIN_PASSPHRASE_SCORE ? 'good' : 'strong';
}

/**
 * Runs a form's submit check once the strength rule can answer, so a quick submit is judged, not told to wait.
 * If the dictionaries cannot load, the check still runs and the shared schema says it could not judge.
 */
export function whenPassphraseRuleReady(check: () => void): void {
  void loadStrengthEstimator().then(check, check);
}
