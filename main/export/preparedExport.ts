import type { RowFeed } from './exportJob';
import type { ExportRendererName, ModelOf } from './exportRenderers';

/**
 * What a preparer hands the export jobs: a renderer's name and the model that renderer reads, paired at compile time
 * (naming a renderer decides the model's type), the file's name and type, and for a long list the feed of its rows.
 */
export type PreparedExport<Name extends ExportRendererName = ExportRendererName> = {
  [N in Name]: {
    renderer: N;
    /** Plain data (it is copied to the worker), with everything the export must not carry already left out. */
    model: ModelOf<N>;
    /** The suggested file name, safe on every platform. */
    fileName: string;
    mimeType: string;
    /** For a long list: its rows, read as the worker asks for them (never all at once). Stays on the backend. */
    feed?: RowFeed;
  };
}[Name];
