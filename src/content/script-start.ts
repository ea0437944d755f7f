/**
 * When the content script began to run, for `npm run bench`: imported first,
 * so it is evaluated before every other module of the bundle, and the bench
 * can charge Geolens for its whole start-up (parsing its data, building its
 * objects), not only for the slices that come after.
 */
import { BENCH } from './bench-marks';

export const SCRIPT_START = BENCH ? performance.now() : 0;
