/**
 * The compiled dataset: what `dist/dataset.json` holds and what the extension
 * reads, each context its own part. Produced at build time from `seeds/` by
 * `compileDataset`; never hand-written.
 */
import type { DocumentMeta } from './document.ts';
import type { Entity } from './entity.ts';
import type { Fact, MetricDefinition, TopicWords } from './fact.ts';

export interface Dataset {
  /** `<package version>+<short content hash>`. */
  version: string;
  documents: DocumentMeta[];
  entities: Entity[];
  facts: Fact[];
  /** Empty when the seeds have no topics.yaml (then no fact relates to a page by its topic). */
  topics: TopicWords[];
  /** Empty when the seeds have no metrics.yaml (then no figure on a page is checked). */
  metrics?: MetricDefinition[];
}
