import type { Logger } from 'pino';

export interface PeriodicTask {
  /** Runs once now (after a run in progress), and resolves when it is done. */
  runOnce(): Promise<void>;
  /** No more runs; resolves once the run in progress is over. */
  stop(): Promise<void>;
}

/**
 * Runs `task` now and then every `intervalMs` in the background, one run at a time; a failing run
 * is logged (as `failure`) and the next one tries again. The timer does not keep the process alive.
 */
export function startPeriodic(task: () => Promise<void>, { intervalMs, logger, failure }: { intervalMs: number; logger?: Logger; failure: string }): PeriodicTask {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      try {
        await task();
      } catch (error) {
        logger?.error({ err: error }, failure);
      }
    });
    return running;
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  void run();
  return {
    runOnce: run,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
