import type { StorageEngine } from '../storageEngine';
import { fts5SearchIndex } from './fts5SearchIndex';
import { postgresSearchIndex } from './postgresSearchIndex';
import type { SearchIndexPort } from './searchIndexPort';

/** The search adapter of an engine. */
export function searchIndexFor(engine: Pick<StorageEngine, 'dialect'>): SearchIndexPort {
  return engine.dialect === 'postgres' ? postgresSearchIndex : fts5SearchIndex;
}
