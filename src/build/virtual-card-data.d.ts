// Types of `virtual:geolens/card-data` (see dataset-plugin.ts), mapped in tsconfig "paths".
import type { Dataset, DocumentMeta } from '../dataset/types';

declare const cardData: Omit<Dataset, 'documents'> & { documents: Omit<DocumentMeta, 'text'>[] };
export default cardData;
