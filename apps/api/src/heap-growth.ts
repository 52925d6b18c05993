import { setFlagsFromString } from 'node:v8';

/**
 * Bounds how far V8 lets the heap grow past what the last full collection found live. Under a
 * steady load of short requests V8 lets the old generation reach several times the live heap
 * (about 65 MB for the API) before collecting it, which is what the API's resident memory then
 * shows; a bound keeps it near the live size for a little more collecting. V8 reads this flag
 * each time it sets the next collection's limit, so setting it once the process runs takes
 * effect from the next full collection on. 0 leaves the heuristics to V8.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
