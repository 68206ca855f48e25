import crypto from 'node:crypto';
import { DATA_KEY_BYTES, type RetiredKey } from './keySlots';

/**
 * Earlier data keys are kept wrapped under the current data key (AES-256-GCM with a key derived by HKDF, so the
 * database key itself is never used for a second purpose). Whoever holds a current secret can then re-encrypt a
 * backup made before a re-key; whoever holds only a revoked secret learns nothing from them.
 */
function wrappingKey(currentKey: Buffer, workspaceId: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', currentKey, Buffer.from(workspaceId, 'utf8'), 'coalition-desk/retired-keys/v1', 32));
}

function associatedData(workspaceId: string, generation: number): Buffer {
  return Buffer.from(`coalition-desk/retired-key/v1/${workspaceId}/${generation}`, 'utf8');
}

export function wrapRetiredKey(retired: Buffer, generation: number, currentKey: Buffer, workspaceId: string): RetiredKey {
  const key = wrappingKey(currentKey, workspaceId);
  try {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(associatedData(workspaceId, generation));
    const wrapped = Buffer.concat([cipher.update(retired), cipher.final()]);
    return { generation, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), wrappedKey: wrapped.toString('base64') };
  } finally {
    key.fill(0);
  }
}

/** The earlier key, or null when it was not wrapped under this key (a damaged or foreign entry). */
export function unwrapRetiredKey(entry: RetiredKey, currentKey: Buffer, workspaceId: string): Buffer | null {
  const key = wrappingKey(currentKey, workspaceId);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(entry.iv, 'base64'));
    decipher.setAAD(associatedData(workspaceId, entry.generation));
    decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
    const retired = Buffer.concat([decipher.update(Buffer.from(entry.wrappedKey, 'base64')), decipher.final()]);
    return retired.length === DATA_KEY_BYTES ? retired : null;
  } catch {
    return null;
  } finally {
    key.fill(0);
  }
}

/** Re-wraps every earlier key, and the key being retired, under the next data key. */
export function retireKey(
  retiredKeys: readonly RetiredKey[],
  current: { key: Buffer; generation: number },
  nextKey: Buffer,
  workspaceId: string,
): RetiredKey[] {
  const rewrapped: RetiredKey[] = [];
  for (const entry of retiredKeys) {
    const earlier = unwrapRetiredKey(entry, current.key, workspaceId);
    if (!earlier) continue;
    rewrapped.push(wrapRetiredKey(earlier, entry.generation, nextKey, workspaceId));
    earlier.fill(0);
  }
  rewrapped.push(wrapRetiredKey(current.key, current.generation, nextKey, workspaceId));
  return rewrapped;
}
