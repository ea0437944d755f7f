// Types of the modules that src/build/dataset-plugin.ts provides at build time.

declare module 'virtual:geolens/dataset' {
  const dataset: import('../model/dataset').Dataset;
  export default dataset;
}

declare module 'virtual:geolens/dataset-without-texts' {
  type Full = import('../model/dataset').Dataset;
  const dataset: Omit<Full, 'documents'> & { documents: import('../model/document').DocumentRef[] };
  export default dataset;
}

declare module 'virtual:geolens/dataset-summary' {
  const summary: import('../options/dataset-summary').DatasetSummary;
  export default summary;
}
