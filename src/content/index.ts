/**
 * Content-script entry. Wires the page controller to settings (storage is the
 * one source of truth), to runtime messages, and to the worker's badge and
 * toolbar icon.
 */
// First, so that its clock starts before any other module is evaluated.
import { SCRIPT_START } from './script-start';
import { categoryAt, loadFigureChecker, loadMatcher, loadRelevance, nameAt } from './page-data';
import { browser } from '../shared/browser';
import type { EntityCardData, FactsCardData } from '../messages/messages';
import { answerTabRequests, askWorker } from '../messages/runtime-messaging';
import { toolbarState } from '../settings/toolbar-state';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { benchMark, benchMeasure } from './bench-marks';
import { PageController } from './page-controller';

/** The badge is for glancing, not a live counter: one update per half second is plenty and spares the worker. */
const BADGE_UPDATE_DELAY_MS = 500;

const isTopFrame = window.top === window;

async function main(): Promise<void> {
  benchMark('geolens:start', SCRIPT_START);
  let badgeTimer = 0;
  let lastReport = '';
  // Start-up is work on the page's main thread like any slice: the bench counts it as two.
  benchMeasure('geolens:slice', SCRIPT_START);
  let settings = await loadSettings();
  const resumed = performance.now();
  const reportCount = () => {
    if (!isTopFrame || badgeTimer) return;
    badgeTimer = window.setTimeout(() => {
      badgeTimer = 0;
      const count = controller.entityCount();
      const state = toolbarState(settings, location.hostname);
      if (`${count} ${state}` === lastReport) return;
      lastReport = `${count} ${state}`;
      askWorker('annotations-changed', { count, state }).catch(retireIfOrphaned);
    }, BADGE_UPDATE_DELAY_MS);
  };

  // After the extension is updated, reloaded or removed, this script lives on orphaned: its
  // highlights stay, but nothing answers it any more (no card data, no settings). The first message
  // that fails for that reason takes everything down, which leaves the page as it found it.
  let retired = false;
  const retireIfOrphaned = () => {
    if (retired || !isOrphaned()) return;
    retired = true;
    window.clearTimeout(badgeTimer);
    unwatch();
    controller.destroy();
  };

  const retireAndRethrow = (error: unknown): never => {
    retireIfOrphaned();
    throw error;
  };
  const controller = new PageController(
    {
      doc: document,
      data: {
        categoryAt,
        nameAt,
        loadRelevance,
        loadFigureChecker,
        cardData: (entityId) => askCardData(entityId).catch(retireAndRethrow),
        factsData: (metric, factIds) => askFactsData(metric, factIds).catch(retireAndRethrow),
      },
      loadMatcher,
      onChange: reportCount,
      openSource: (factId) => void askWorker('open-source', { factId }).catch(retireIfOrphaned),
    },
    settings,
  );
  const unwatch = watchSettings((next) => {
    settings = next;
    controller.update(next);
    // The toolbar icon follows pausing and the global switch even on a page with nothing to count.
    reportCount();
  });

  answerTabRequests({
    // Only the top frame speaks for the page; frames annotate themselves.
    'page-annotations': () => (isTopFrame ? controller.annotations() : undefined),
    'cycle-annotations': ({ direction }) => {
      if (isTopFrame) controller.cycle(direction);
      return undefined;
    },
  });
  reportCount();
  benchMeasure('geolens:slice', resumed);
}

/** True once the extension this script belongs to is gone (updated, reloaded, disabled or removed). */
function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

async function askCardData(entityId: string): Promise<EntityCardData | null> {
  const answer = await askWorker('entity-card', { entityId });
  // An answer about another entity is no answer.
  return answer?.entity.id === entityId ? answer : null;
}

async function askFactsData(metric: string, factIds: string[]): Promise<FactsCardData | null> {
  const answer = await askWorker('figure-card', { metric, factIds });
  return answer?.metric.id === metric ? answer : null;
}

main().catch((error: unknown) => {
  // Never let a Geolens failure surface as a page error.
  console.debug('Geolens could not start on this page', error);
});
