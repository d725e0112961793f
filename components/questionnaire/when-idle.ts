/** How long after the page has started a preload waits for the user before it runs anyway (ms). */
export const IDLE_PRELOAD_DELAY_MS = 4000;

const USE_EVENTS = ["pointerdown", "keydown", "focusin", "touchstart"] as const;

/**
 * Runs `run` once: on the first pointer, key, touch or focus event anywhere on
 * the page, or when the browser is idle `delayMs` after the call, whichever
 * comes first. Returns a cleanup that cancels it.
 */
export function whenFirstUsedOrIdle(run: () => void, delayMs = IDLE_PRELOAD_DELAY_MS): () => void {
  let done = false;
  let idle: number | null = null;
  const fire = () => {
    if (done) return;
    done = true;
    cleanup();
    run();
  };
  const timer = setTimeout(() => {
    idle = typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(fire, { timeout: 2000 }) : null;
    if (idle === null) fire();
  }, delayMs);
  for (const type of USE_EVENTS) document.addEventListener(type, fire, { capture: true, passive: true });
  function cleanup() {
    clearTimeout(timer);
    if (idle !== null && typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(idle);
    for (const type of USE_EVENTS) document.removeEventListener(type, fire, { capture: true });
  }
  return () => {
    done = true;
    cleanup();
  };
}

/**
 * Runs queued jobs one after the other, each in its own task: a job is
 * started once the one before it has called its `done` (e.g. from the effect
 * that follows its render), so many small renders never make one long task.
 * Returns a function that withdraws the job (or, if it is running, ends it).
 */
export function createTaskQueue(): (job: (done: () => void) => void) => () => void {
  const queue: ((done: () => void) => void)[] = [];
  let running: ((done: () => void) => void) | null = null;
  let scheduled = false;
  const schedule = () => {
    if (scheduled || running || queue.length === 0) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      const job = queue.shift();
      if (!job) return;
      running = job;
      let finished = false;
      job(() => {
        if (finished) return;
        finished = true;
        if (running === job) running = null;
        schedule();
      });
    }, 0);
  };
  return (job) => {
    queue.push(job);
    schedule();
    return () => {
      const i = queue.indexOf(job);
      if (i >= 0) queue.splice(i, 1);
      if (running === job) {
        running = null;
        schedule();
      }
    };
  };
}
