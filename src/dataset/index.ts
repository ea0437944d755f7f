export { compileDataset, type CompileOptions, type SeedFile } from './compile-dataset';
export { DatasetError, formatIssue, type DatasetIssue, type DatasetRule } from './dataset-error';
export { parseFigure, type ParsedFigure } from './parse-figure';
export { TOPICS, UNITS } from './seed-schemas';
