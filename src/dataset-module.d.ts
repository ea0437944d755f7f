declare module 'virtual:geolens/dataset' {
  import type { Dataset } from './dataset/types';
  const dataset: Dataset;
  export default dataset;
}
