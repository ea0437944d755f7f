/**
 * Content-script entry. Wires the page controller to settings (storage is the
 * one source of truth), to runtime messages, and to the worker's badge and
 * toolbar icon.
 */
// First, so that its clock starts before any other module is evaluated.
import { SCRIPT_START } from './script-start';
import { categoryAt, loadFigureChecker, loadMatcher, loadRelevance, nameAt } from './page-data';
import type { EntityCardData, FactsCardData } from '../messages/messages';
import { answerTabRequests, askWorker } from '../messages/runtime-messaging';
import { toolbarState } from '../settings/toolbar-state';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { ListenerCollection } from '../shared/listener-collection';
import { BadgeUpdates } from './badge-updates';
import { benchMark, benchMeasure } from './bench-marks';
import { OrphanWatch } from './orphan-watch';
import { PageController } from './page-controller';

const isTopFrame = window.top === window;

async function main(): Promise<void> {
  benchMark('geolens:start', SCRIPT_START);
  // Start-up is work on the page's main thread like any slice: the bench counts it as two.
  benchMeasure('geolens:slice', SCRIPT_START);
  let settings = await loadSettings();
  const resumed = performance.now();

  // Everything this script sets up, taken down at once if the extension goes away (orphan-watch.ts).
  const listeners = new ListenerCollection();
  const orphan = new OrphanWatch(() => {
    listeners.removeAll();
    controller.destroy();
    badge.destroy();
  });
  const badge = new BadgeUpdates(
    window,
    () => ({ count: controller.entityCount(), state: toolbarState(settings, location.hostname) }),
    (report) => void askWorker('annotations-changed', report).catch(orphan.failed),
  );
  // Only the top frame speaks for the page; frames annotate themselves.
  const reportCount = () => {
    if (isTopFrame) badge.changed();
  };
  const controller = new PageController(
    {
      doc: document,
      data: {
        categoryAt,
        nameAt,
        loadRelevance,
        loadFigureChecker,
        cardData: (entityId) => askCardData(entityId).catch(orphan.failedAndRethrow),
        factsData: (metric, factIds) => askFactsData(metric, factIds).catch(orphan.failedAndRethrow),
      },
      loadMatcher,
      onChange: reportCount,
      openSource: (factId) => void askWorker('open-source', { factId }).catch(orphan.failed),
    },
    settings,
  );
  listeners.own(
    watchSettings((next) => {
      settings = next;
      controller.update(next);
      // The toolbar icon follows pausing and the global switch even on a page with nothing to count.
      reportCount();
    }),
  );
  listeners.own(
    // Only the top frame speaks for the page, as it does to the badge.
    answerTabRequests({
      'page-annotations': () => (isTopFrame ? controller.annotations() : undefined),
      'cycle-annotations': ({ direction }) => {
        if (isTopFrame) controller.cycle(direction);
        return undefined;
      },
    }),
  );
  reportCount();
  benchMeasure('geolens:slice', resumed);
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
