/**
 * How much text the annotator hands the matcher in one scan. The bench tools
 * that read or match a page "as the annotator does" import these too, so
 * that their batches stay the annotator's.
 *
 * A batch: enough text that one scan's fixed cost disappears, little enough
 * (well under a millisecond of work) that the clock is checked often.
 */
export const BATCH_CHARS = 16 * 1024;
export const BATCH_NODES = 512;
