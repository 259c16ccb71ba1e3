/** One benchmark figure. Each bench/*.bench.ts exports `benches: Bench[]`; bench/run.ts runs them. */
export interface Bench {
  /** Dotted name, area first (`db.accounts.list.1000.ms`), so `npm run bench -- db.` selects a group. */
  name: string;
  unit: string;
  /** Does its own set-up and clean-up and returns the figure (typically a median of several runs). */
  run: () => Promise<number> | number;
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}
