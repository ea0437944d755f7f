import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { highlighted, nextFrame, pointAt, registeredNames, serialized, setPage, watchCard } from '../../tests/support/content-page';
import { seedDataset, seedPage, type SeedDataset } from '../../tests/support/seed-page';
import { defaultSettings } from '../settings/settings';
import { FIGURE_HIGHLIGHT } from './figure-marks';
import { PageController } from './page-controller';

/** Claims about the seeds' metrics, some as the sources give them, some not; one outside the article. */
const CLAIMS = `
  <header><p>Kazakhstan sends 25% of its exports to China, the masthead says.</p></header>
  <article style="font: 20px/1.5 serif">
    <h1>Kazakhstan and China, in figures</h1>
    <p>About a fifth of Kazakhstan’s exports go to China, officials say.</p>
    <p>China takes 25% of Kazakhstan’s exports, one analyst claims.</p>
    <p>Trade between China and Kazakhstan fell <em>21.5%</em> in 2014.</p>
    <p>China–Kazakhstan trade was <strong>$28</strong> billion in 2013.</p>
    <p>Kazakhstan’s football team scored 3 goals against China.</p>
  </article>`;

let dataset: SeedDataset;
beforeAll(() => {
  dataset = seedDataset();
});

/** Geolens on the test page with the real dataset and the figure check on, as on a page in the browser. */
async function annotate(html: string) {
  setPage(html);
  const { data, loadMatcher } = seedPage(dataset);
  const settings = { ...defaultSettings(), hoverDelayMs: 0 };
  const controller = new PageController({ doc: document, data, loadMatcher, openSource: () => {} }, settings);
  onTestFinished(() => controller.destroy());
  await expect.poll(() => controller.annotations().complete, { timeout: 10_000 }).toBe(true);
  return { controller, settings };
}

describe('FigureMarks', () => {
  it('marks the figures of the article that state a metric of the sources, and says whether they agree', async () => {
    const { controller } = await annotate(CLAIMS);
    expect(controller.annotations().figures.map((f) => [f.text, f.metric, f.verdict])).toEqual([
      ['About a fifth', 'kazakhstan-export-share-china', 'agrees'],
      ['25%', 'kazakhstan-export-share-china', 'differs'],
      ['21.5%', 'china-kazakhstan-trade-change-2014', 'agrees'],
      ['$28 billion', 'china-kazakhstan-trade-2013', 'agrees'],
    ]);
    // "$28</strong> billion": one mark over two text nodes.
    const marks = [...(CSS.highlights.get(FIGURE_HIGHLIGHT) as unknown as Set<StaticRange>)];
    expect(marks).toHaveLength(4);
    const split = marks.find((r) => r.startContainer !== r.endContainer)!;
    expect([(split.startContainer as Text).data.slice(split.startOffset), (split.endContainer as Text).data.slice(0, split.endOffset)]).toEqual([
      '$28',
      ' billion',
    ]);
  });

  it('leaves the DOM as it was, and takes its mark away with the setting or the page', async () => {
    setPage(CLAIMS);
    const before = serialized();
    const { controller, settings } = await annotate(CLAIMS);
    expect(highlighted().figure).toHaveLength(4);
    expect(serialized()).toBe(before);
    controller.update({ ...settings, checkFigures: false });
    expect(registeredNames()).not.toContain(FIGURE_HIGHLIGHT);
    expect(controller.annotations().figures).toEqual([]);
    controller.destroy();
    expect(registeredNames()).toEqual([]);
    expect(serialized()).toBe(before);
  });

  it('registers no highlight on a page whose mentions come with no figure to check', async () => {
    const { controller } = await annotate('<article><p>China and Kazakhstan signed a trade agreement in Astana.</p></article>');
    expect(controller.annotations().mentions.length).toBeGreaterThan(0);
    expect(controller.annotations().figures).toEqual([]);
    expect(registeredNames()).not.toContain(FIGURE_HIGHLIGHT);
  });

  it('opens the figure card for a marked figure under the pointer, on either of its text nodes', async () => {
    const card = watchCard();
    await annotate(CLAIMS);
    for (const words of ['$28', 'billion']) {
      const { x, y } = pointAt(words);
      document.elementFromPoint(x, y)!.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
      await nextFrame();
      await expect.poll(() => card()?.textContent ?? '').toContain('Figure check');
      expect(card()!.textContent).toContain('$28 billion');
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      expect(card()!.hidden).toBe(true);
    }
  });
});
