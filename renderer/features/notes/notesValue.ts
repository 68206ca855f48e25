/** What is saved for one agenda item's notes. */
export interface NotesValue {
  html: string;
  confidential: boolean;
}
