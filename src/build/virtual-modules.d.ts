// Types of the modules that src/build/dataset-plugin.ts provides at build time.

declare module 'virtual:geolens/dataset' {
  const dataset: import('../model/dataset').Dataset;
  export default dataset;
}

declare module 'virtual:geolens/card-data' {
  type Full = import('../model/dataset').Dataset;
  type DocumentRef = Omit<import('../model/document').DocumentMeta, 'text'>;
  const cardData: Omit<Full, 'documents'> & { documents: DocumentRef[] };
  export default cardData;
}
