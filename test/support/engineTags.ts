import type { StorageDialect } from '../../main/db/engine/storageEngine';

/** Put in the name of every suite that runs on one engine, so the reporter can count the tests per engine. */
export const ENGINE_TAGS: Record<StorageDialect, string> = { sqlcipher: '[SQLCipher]', postgres: '[PostgreSQL]' };
