import type { Highlights, SearchIndex } from '../search';

/** What every result row gets, fact or entity. */
export interface ResultProps {
  /** Unique among the results; prefixes the row's element ids. */
  id: string;
  expanded: boolean;
  highlights: Highlights;
  index: SearchIndex;
  onToggle(): void;
  onOpenSource(factId: string): void;
  onShowEntity(entityId: string): void;
}
