/**
 * What the cards show, asked of the worker (which holds the dataset): once per
 * entity, or per figure's metric and facts, for as long as the page lives. An
 * ask that fails is forgotten, so the next hover asks again. Only the latest
 * card asked for is shown: an answer that arrives after the reader moved on
 * (another card, or none) is dropped.
 */
import type { EntityCardData, FactsCardData } from '../../messages/messages';

/** Where the answers come from: the worker, through the content entry. */
export interface CardSource {
  /** What an entity's card shows, asked of the worker (which holds the dataset) when a card opens. */
  cardData(entityId: string): Promise<EntityCardData | null>;
  /** What a figure's card shows: the metric and the facts the figure was set against, asked of the worker. */
  factsData(metric: string, factIds: string[]): Promise<FactsCardData | null>;
}

export class CardRequests {
  private readonly entities = new Map<string, Promise<EntityCardData | null>>();
  private readonly figures = new Map<string, Promise<FactsCardData | null>>();
  /** Bumped whenever a card is asked for or closes: an answer for an older request is dropped. */
  private latest = 0;

  constructor(private readonly source: CardSource) {}

  /** What an entity's card shows. */
  entity(entityId: string): Promise<EntityCardData | null> {
    return askOnce(this.entities, entityId, () => this.source.cardData(entityId));
  }

  /** What the card of a figure checked against `factIds` of `metric` shows. */
  figure(metric: string, factIds: string[]): Promise<FactsCardData | null> {
    return askOnce(this.figures, `${metric} ${factIds.join(' ')}`, () => this.source.factsData(metric, factIds));
  }

  /** Hands `answer` to `show` once it is in, unless another card was asked for, or `drop()` called, meanwhile. */
  deliver<T>(answer: Promise<T | null>, show: (data: T) => void): void {
    const request = ++this.latest;
    void answer.then((data) => {
      if (data && request === this.latest) show(data);
    });
  }

  /** The card closed (or the page was switched off): an answer still on its way is dropped. */
  drop(): void {
    this.latest++;
  }
}

function askOnce<T>(cache: Map<string, Promise<T | null>>, key: string, ask: () => Promise<T | null>): Promise<T | null> {
  let answer = cache.get(key);
  if (!answer) {
    answer = ask().catch(() => {
      cache.delete(key);
      return null;
    });
    cache.set(key, answer);
  }
  return answer;
}
