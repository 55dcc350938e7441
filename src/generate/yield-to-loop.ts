// A run is one long synchronous loop; without a pause now and then, Node never gets to a
// SIGINT or SIGTERM handler (or a progress redraw) until the run has ended.
const EVERY_MS = 50;
let last = Date.now();

/** Lets pending events (signals above all) run, at most every EVERY_MS. */
export async function yieldToLoop(): Promise<void> {
  if (Date.now() - last < EVERY_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  last = Date.now();
}
