/**
 * The worker's side of the card: what a card shows for one entity. Pages do
 * not each carry the entities, facts and citations; the worker reads the
 * packaged `card-data.json` (the dataset without aliases, blockers or
 * document texts) once, the first time a card asks, and keeps it for
 * as long as the browser keeps the worker. Only the card's answer crosses to
 * the page, never the dataset.
 */
import { browser } from '../shared/browser';
import { CARD_DATA_FILE, cardDataFor, factsDataFor, type CardDataIndex, type CardDataSource, indexCardData } from './card-data-index';
import type { EntityCardData, FactsCardData } from '../shared/messages';

let index: Promise<CardDataIndex> | undefined;

async function loadIndex(): Promise<CardDataIndex> {
  const response = await fetch(browser.runtime.getURL(CARD_DATA_FILE));
  if (!response.ok) throw new Error(`${CARD_DATA_FILE}: HTTP ${response.status}`);
  return indexCardData((await response.json()) as CardDataSource);
}

function cardIndex(): Promise<CardDataIndex> {
  index ??= loadIndex().catch((error: unknown) => {
    // A failed read is not remembered: the next card asks again.
    index = undefined;
    throw error;
  });
  return index;
}

export async function answerCardData(entityId: string): Promise<EntityCardData | null> {
  return cardDataFor(await cardIndex(), entityId);
}

export async function answerFactsData(metric: string, factIds: string[]): Promise<FactsCardData | null> {
  return factsDataFor(await cardIndex(), metric, factIds);
}
