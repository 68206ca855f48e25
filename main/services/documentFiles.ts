import { DocumentUploads } from './documentUploads';
import { DocumentViewing } from './documentViewing';

/** What the document services keep outside the database for a session; nothing of it outlives a lock. */
export class DocumentFiles {
  readonly uploads = new DocumentUploads();
  readonly viewing = new DocumentViewing();

  forgetAll(): void {
    this.uploads.forgetAll();
    this.viewing.forgetAll();
  }
}
