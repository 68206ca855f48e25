/** Where one export stands, as the person sees it. */
export type ExportJobState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'waiting'; jobId: string; fileName: string; position: number }
  | { phase: 'running'; jobId: string; fileName: string; done: number; total: number }
  | { phase: 'delivering'; jobId: string; fileName: string }
  | { phase: 'saved'; jobId: string; fileName: string; path: string | null }
  | { phase: 'not-saved'; jobId: string; fileName: string }
  | { phase: 'failed'; message: string }
  | { phase: 'cancelled' };

/** 0-100 for the progress bar. */
export function percentDone({ done, total }: { done: number; total: number }): number {
  return total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
}
