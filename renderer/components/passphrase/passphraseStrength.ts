import { MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrasePolicy';

export type StrengthLabel = 'weak' | 'fair' | 'good' | 'strong';

export interface PassphraseStrength {
  /** 0 (very guessable) to 4 (very hard to guess), as zxcvbn scores it. */
  score: 0 | 1 | 2 | 3 | 4;
  label: StrengthLabel;
  hints: string[];
}

type Estimator = (passphrase: string, userInputs: string[]) => PassphraseStrength;

let estimator: Promise<Estimator> | undefined;

/** The dictionaries are large; they load on first use so the first screen stays quick. */
export function loadStrengthEstimator(): Promise<Estimator> {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    core.zxcvbnOptions.setOptions({
      translations: english.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
    });
    return (passphrase, userInputs) => {
      const result = core.zxcvbn(passphrase, userInputs);
      const hints = [result.feedback.warning, ...result.feedback.suggestions].filter(
        (hint): hint is string => Boolean(hint),
      );
      return { score: result.score, label: labelFor(result.score, passphrase), hints };
    };
  });
  return estimator;
}

function labelFor(score: PassphraseStrength['score'], passphrase: string): StrengthLabel {
  // A passphrase the policy refuses is never called more than weak, however random it looks.
  if (passphrase.length < MIN_PASSPHRASE_LENGTH || score <= 1) return 'weak';
  if (score === 2) return 'fair';
  return score === 3 ? 'good' : 'strong';
}
