/**
 * The worker's side of the cards: what a card shows for one entity or one
 * checked figure. Pages do not each carry the entities, facts and citations;
 * the worker reads the packaged `card-data.json` (card-data-file.ts) once,
 * the first time a card asks, and keeps it for as long as the browser keeps
 * the worker. Only the card's answer crosses to the page, never the dataset.
 */
import { browser } from '../shared/browser';
import type { EntityCardData, FactsCardData } from '../messages/messages';
import { CARD_DATA_FILE, decodeCardDataFile } from './card-data-file';
import { cardDataFor, factsDataFor, indexCardData, type CardDataIndex } from './card-data-index';

let index: Promise<CardDataIndex> | undefined;

async function loadIndex(): Promise<CardDataIndex> {
  const response = await fetch(browser.runtime.getURL(CARD_DATA_FILE));
  if (!response.ok) throw new Error(`${CARD_DATA_FILE}: HTTP ${response.status}`);
  return indexCardData(decodeCardDataFile(await response.text()));
}

function cardIndex(): Promise<CardDataIndex> {
  index ??= loadIndex().catch((error: unknown) => {
    // A failed read is not remembered: the next card asks again.
    index = undefined;
    throw error;
  });
  return index;
}

export async function answerEntityCard(entityId: string): Promise<EntityCardData | null> {
  return cardDataFor(await cardIndex(), entityId);
}

export async function answerFigureCard(metric: string, factIds: string[]): Promise<FactsCardData | null> {
  return factsDataFor(await cardIndex(), metric, factIds);
}
