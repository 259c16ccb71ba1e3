export interface BackupSchedule {
  /** Stops the timer and waits for a backup in progress, so the database can be closed safely. */
  stop(): Promise<void>;
}

/** Runs `backup` now and every `everyMs`, never two at once. A failed backup is reported, not fatal. */
export function scheduleBackups(backup: () => Promise<unknown>, everyMs: number, onError: (error: unknown) => void): BackupSchedule {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = backup()
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
