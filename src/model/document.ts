/** The source documents facts quote (seeds/*.txt and seeds/documents.yaml). */

export interface DocumentMeta {
  /** The seed file name, e.g. `000_c38c9ff3b957afb9.txt`. */
  id: string;
  title: string;
  /** The publication as the text names it. */
  publication: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  /** Present when the date is not stated in the text: one line saying how it was inferred. */
  dateInferred?: string;
  /** What the document is about, in a few words ("China–Kazakhstan relations"): the dataset's scope is told in these. */
  subject?: string;
  /** The document's text, with trailing boilerplate (comments, sharing) removed. */
  text: string;
}

/** A document as cited (publication, title, date), without its text. */
export type DocumentRef = Omit<DocumentMeta, 'text'>;
