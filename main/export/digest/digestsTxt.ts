import type { ExportRenderer } from '../exportJob';
import { digestsText } from './digestEmail';
import type { DigestModel } from './digestModel';

export const renderDigestsTxt: ExportRenderer<DigestModel> = (model) => new TextEncoder().encode(digestsText(model));
