/**
 * The dataset as the content script sees it: entities, facts and document
 * citations, without the documents' full text. Inlined at build time by
 * src/build/dataset-plugin.ts.
 */
import type { Dataset, DocumentMeta } from '../dataset/types';

declare const __GEOLENS_CARD_DATA__: string;

export type CardDataset = Omit<Dataset, 'documents'> & { documents: Omit<DocumentMeta, 'text'>[] };

const cardData: CardDataset = JSON.parse(__GEOLENS_CARD_DATA__);
export default cardData;
