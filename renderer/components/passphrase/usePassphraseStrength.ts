import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { loadStrengthEstimator, type PassphraseStrength } from './passphraseStrength';

type Estimator = Awaited<ReturnType<typeof loadStrengthEstimator>>;

/** Null while the passphrase is empty or the dictionaries are still loading. */
export function usePassphraseStrength(passphrase: string, userInputs: readonly string[] = []): PassphraseStrength | null {
  const [estimate, setEstimate] = useState<Estimator | null>(null);
  const deferredPassphrase = useDeferredValue(passphrase);
  const inputsKey = userInputs.filter(Boolean).join('\n');

  useEffect(() => {
    let current = true;
    void loadStrengthEstimator().then((loaded) => {
      if (current) setEstimate(() => loaded);
    });
    return () => {
      current = false;
    };
  }, []);

  return useMemo(() => {
    if (!estimate || deferredPassphrase === '') return null;
    return estimate(deferredPassphrase, inputsKey ? inputsKey.split('\n') : []);
  }, [estimate, deferredPassphrase, inputsKey]);
}
