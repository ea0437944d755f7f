import { describe, expect, it, vi } from 'vitest';
import { CardRequests, type CardSource } from '../../../../src/content/card/card-requests';
import type { EntityCardData, FactsCardData } from '../../../../src/messages/messages';

const entityData = (id: string) => ({ entity: { id } }) as EntityCardData;

/** A worker whose answers the test gives, one by one. */
function worker() {
  const pending = new Map<string, { resolve: (data: EntityCardData | null) => void; reject: (error: Error) => void }>();
  const source: CardSource = {
    cardData: vi.fn((entityId: string) => new Promise<EntityCardData | null>((resolve, reject) => pending.set(entityId, { resolve, reject }))),
    factsData: vi.fn((metric: string) => Promise.resolve({ metric: { id: metric } } as FactsCardData)),
  };
  return { source, answer: (id: string) => pending.get(id)!.resolve(entityData(id)), fail: (id: string) => pending.get(id)!.reject(new Error('gone')) };
}

describe('CardRequests', () => {
  it('asks the worker once per entity, and once per figure’s metric and facts', async () => {
    const { source, answer } = worker();
    const requests = new CardRequests(source);
    const first = requests.entity('china');
    expect(requests.entity('china')).toBe(first);
    answer('china');
    expect(await requests.entity('china')).toEqual(entityData('china'));
    await requests.figure('trade', ['a', 'b']);
    await requests.figure('trade', ['a', 'b']);
    await requests.figure('trade', ['a']);
    expect(source.cardData).toHaveBeenCalledTimes(1);
    expect(source.factsData).toHaveBeenCalledTimes(2);
  });

  it('forgets an ask that failed, so that the next one asks again', async () => {
    const { source, fail, answer } = worker();
    const requests = new CardRequests(source);
    const failed = requests.entity('china');
    fail('china');
    expect(await failed).toBeNull();
    const again = requests.entity('china');
    answer('china');
    expect(await again).toEqual(entityData('china'));
    expect(source.cardData).toHaveBeenCalledTimes(2);
  });

  it('delivers only the latest card’s answer, and none once dropped', async () => {
    const { source, answer } = worker();
    const requests = new CardRequests(source);
    const shown: string[] = [];
    const show = (data: EntityCardData) => void shown.push(data.entity.id);
    const china = requests.entity('china');
    requests.deliver(china, show);
    const russia = requests.entity('russia');
    requests.deliver(russia, show);
    answer('russia');
    answer('china');
    await Promise.all([china, russia]);
    await Promise.resolve();
    expect(shown).toEqual(['russia']);
    requests.deliver(requests.entity('russia'), show);
    requests.drop();
    await Promise.resolve();
    await Promise.resolve();
    expect(shown).toEqual(['russia']);
  });
});
