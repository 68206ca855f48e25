import type { ExportedFile } from '../../../shared/contract';
import { base64ToBytes } from './base64';

/** Hands a file to the browser's download (both hosts honour <a download>). */
export function downloadFile(file: Pick<ExportedFile, 'fileName' | 'mimeType' | 'contentBase64'>): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes once the click returns; give slow hosts a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
