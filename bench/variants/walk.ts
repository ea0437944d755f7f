/**
 * The floor: the annotator's own TextWalker, skip rules and slicing, reading
 * every text node's data and doing nothing else. Added nodes are walked the
 * same way, so infinite-scroll batches compare like for like.
 */
import { benchMark, benchMeasure } from '../../src/content/bench-marks';
import { SLICE_BUDGET_MS, nextTask } from '../../src/content/scheduler';
import { TextWalker } from '../../src/content/text-walker';

const ownUi = new Set<Element>();
const walker = new TextWalker([document.body], ownUi);
let checksum = 0;
let scheduled = false;

function slice(): void {
  scheduled = false;
  const started = performance.now();
  const deadline = started + SLICE_BUDGET_MS;
  let done = false;
  for (let n = 1; ; n++) {
    const text = walker.next();
    if (!text) {
      done = true;
      break;
    }
    // Read the data, as the annotator must, and keep the read from being optimised away.
    checksum += text.data.length;
    if (n % 32 === 0 && performance.now() > deadline) break;
  }
  benchMeasure('geolens:slice', started);
  if (done) benchMark('geolens:idle');
  else schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  nextTask(slice);
}

new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) walker.push(node);
  schedule();
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

benchMark('geolens:start');
schedule();
(globalThis as { __walkChecksum?: () => number }).__walkChecksum = () => checksum;
