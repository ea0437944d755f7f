// Types of the modules that src/build/dataset-plugin.ts provides at build time.

declare module 'virtual:geolens/dataset' {
  const dataset: import('../dataset/types').Dataset;
  export default dataset;
}

declare module 'virtual:geolens/card-data' {
  type Full = import('../dataset/types').Dataset;
  type DocumentRef = Omit<import('../dataset/types').DocumentMeta, 'text'>;
  const cardData: Omit<Full, 'documents'> & { documents: DocumentRef[] };
  export default cardData;
}
