import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  TEST_ENTITIES,
  allHighlighted,
  highlighted,
  nextFrame,
  pointAt,
  registeredNames,
  serialized,
  setPage,
  testDictionary,
  testRelevance,
  watchCard,
} from '../../tests/support/content-page';
import { defaultSettings, type Settings } from '../settings/settings';
import type { EntityCardData } from '../messages/messages';
import { PageController, type PageData } from './page-controller';

const ARTICLE = `<article style="font: 20px/1.5 serif"><h1>Kazakhstan and China</h1><p>Trade through Khorgos grew as Kazakhstan and China signed deals.</p></article>`;

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), highlightScope: 'all', mentionPolicy: 'first', checkFigures: false, hoverDelayMs: 0, ...patch };
}

function cardDataFor(id: string): EntityCardData {
  const entity = TEST_ENTITIES.find((e) => e.id === id)!;
  return {
    entity: { id, name: entity.aliases[0]!, category: entity.category, description: `About ${entity.aliases[0]}.` },
    facts: [],
    documents: [],
    scope: { facts: 0, documents: [], subjects: [], years: null },
  };
}

/** A controller on the test page with the test dictionary; the worker's answers are the test's to give. */
function startController(initial: Settings) {
  const asked: string[] = [];
  const answers = new Map<string, (data: EntityCardData | null) => void>();
  let autoAnswer = true;
  const data: PageData = {
    categoryAt: (index) => TEST_ENTITIES[index]!.category,
    nameAt: (index) => TEST_ENTITIES[index]!.aliases[0]!,
    cardData: (entityId) => {
      asked.push(entityId);
      if (autoAnswer) return Promise.resolve(cardDataFor(entityId));
      return new Promise((resolve) => answers.set(entityId, resolve));
    },
    factsData: () => Promise.resolve(null),
    loadRelevance: () => testRelevance(),
    loadFigureChecker: () => {
      throw new Error('the figure check is off in these tests');
    },
  };
  const loadMatcher = vi.fn(function* () {
    yield;
    return testDictionary();
  });
  const changes = vi.fn();
  const controller = new PageController({ doc: document, data, loadMatcher, onChange: changes, openSource: () => {} }, initial);
  onTestFinished(() => controller.destroy());
  return {
    controller,
    asked,
    loadMatcher,
    changes,
    /** From now on the worker answers only when the test says so. */
    holdAnswers: () => void (autoAnswer = false),
    answer: (entityId: string) => answers.get(entityId)!(cardDataFor(entityId)),
  };
}

async function settledController(controller: PageController) {
  await expect.poll(() => controller.annotations().complete && controller.annotations().mentions.length > 0).toBe(true);
  return controller.annotations();
}

/** Rests the pointer on a word; with no dwell, the card is asked for at once. */
async function hover(text: string, occurrence = 0) {
  const { x, y } = pointAt(text, occurrence);
  document.elementFromPoint(x, y)!.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
  await nextFrame();
}

describe('PageController', () => {
  it('loads the matcher in a task of its own, then annotates the page and summarises it', async () => {
    setPage(ARTICLE);
    const { controller, loadMatcher, changes } = startController(settings());
    expect(controller.annotations().complete).toBe(false);
    expect(registeredNames()).toEqual([]);
    const annotations = await settledController(controller);
    expect(loadMatcher).toHaveBeenCalledTimes(1);
    expect(annotations.mentions.map((m) => [m.name, m.count, m.highlighted])).toEqual([
      ['Kazakhstan', 2, 1],
      ['China', 2, 1],
      ['Khorgos', 1, 1],
    ]);
    expect(controller.entityCount()).toBe(3);
    expect(allHighlighted()).toEqual(['China', 'Kazakhstan', 'Khorgos']);
    expect(changes).toHaveBeenCalled();
  });

  it('does nothing at all while off or on an excluded site, and picks up live when switched on', async () => {
    setPage(ARTICLE);
    const before = serialized();
    const { controller, loadMatcher } = startController(settings({ enabled: false }));
    // Nothing was even started: the page is complete as it is.
    expect(controller.annotations()).toMatchObject({ complete: true, mentions: [] });
    expect(loadMatcher).not.toHaveBeenCalled();
    controller.update(settings({ excludedSites: [location.hostname] }));
    expect(controller.annotations()).toMatchObject({ complete: true, mentions: [] });
    expect(loadMatcher).not.toHaveBeenCalled();
    controller.update(settings());
    expect(controller.active).toBe(false);
    await settledController(controller);
    expect(controller.active).toBe(true);
    expect(allHighlighted()).toHaveLength(3);
    // Paused on this site: everything goes at once.
    controller.update(settings({ excludedSites: [location.hostname] }));
    expect(controller.active).toBe(false);
    expect(registeredNames()).toEqual([]);
    expect(serialized()).toBe(before);
  });

  it('applies new settings to the page it has annotated', async () => {
    setPage(ARTICLE);
    const { controller } = startController(settings());
    await settledController(controller);
    controller.update(settings({ mentionPolicy: 'every', categories: { ...defaultSettings().categories, place: false } }));
    await expect.poll(() => allHighlighted()).toEqual(['China', 'China', 'Kazakhstan', 'Kazakhstan']);
  });

  it('opens the card for a hovered name with what the worker answers, asking once per entity', async () => {
    setPage(ARTICLE);
    const card = watchCard();
    const { controller, asked } = startController(settings());
    await settledController(controller);
    await hover('Kazakhstan');
    await expect.poll(() => card()?.textContent ?? '').toContain('About Kazakhstan.');
    await hover('Trade');
    await hover('Kazakhstan', 1);
    await hover('Kazakhstan');
    expect(asked).toEqual(['kazakhstan']);
  });

  it('drops an answer that arrives after the reader has moved on', async () => {
    setPage(ARTICLE);
    const card = watchCard();
    const { controller, holdAnswers, answer } = startController(settings());
    await settledController(controller);
    holdAnswers();
    await hover('China');
    // The dwell (0 ms) was set before this timer: the card for China has been asked for by the time it fires.
    await new Promise((resolve) => setTimeout(resolve));
    await hover('Khorgos');
    answer('khorgos');
    await expect.poll(() => card()?.textContent ?? '').toContain('About Khorgos.');
    answer('china');
    // Every reaction to the late answer has run by the next task.
    await new Promise((resolve) => setTimeout(resolve));
    expect(card()!.textContent).toContain('About Khorgos.');
    expect(card()!.textContent).not.toContain('About China.');
  });

  it('moves through the highlighted names with the keyboard, painting the focus, and Escape closes', async () => {
    setPage(`<article style="font: 20px/1.5 serif"><h1>Kazakhstan and China</h1><div style="height: 3000px"></div><p>Russia at the end.</p></article>`);
    const card = watchCard();
    const { controller } = startController(settings());
    await settledController(controller);
    controller.cycle(1);
    await expect.poll(() => card()?.textContent ?? '').toContain('About Kazakhstan.');
    expect(highlighted().focus).toEqual(['Kazakhstan']);
    controller.cycle(-1);
    await expect.poll(() => card()?.textContent ?? '').toContain('About Russia.');
    expect(highlighted().focus).toEqual(['Russia']);
    // Russia is far down the page: the step scrolled to it.
    await expect.poll(() => scrollY).toBeGreaterThan(1000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card()!.hidden).toBe(true);
    expect(highlighted().focus).toBeUndefined();
    // Back where the reader was before the first step.
    await expect.poll(() => scrollY).toBe(0);
  });

  it('leaves the page as it found it when destroyed', async () => {
    setPage(ARTICLE);
    const before = serialized();
    const card = watchCard();
    const { controller } = startController(settings());
    await settledController(controller);
    await hover('Kazakhstan');
    await expect.poll(() => card()?.hidden).toBe(false);
    expect(document.querySelector('geolens-card')).not.toBeNull();
    controller.destroy();
    expect(document.querySelector('geolens-card')).toBeNull();
    expect(registeredNames()).toEqual([]);
    expect(serialized()).toBe(before);
  });
});
