import * as core from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { installPassphraseEstimator, zxcvbnEstimator } from '../../shared/passphraseStrength';

/** The main process judges every new passphrase itself, whatever the renderer said (see shared/passphraseStrength). */
export function installMainPassphraseEstimator(): void {
  installPassphraseEstimator(zxcvbnEstimator({ core, common, english }));
}
