// Types of `virtual:geolens/dataset` (see dataset-plugin.ts), mapped in tsconfig "paths".
import type { Dataset } from '../dataset/types';

declare const dataset: Dataset;
export default dataset;
