/** One benchmark figure. Each bench/*.bench.ts exports `benches: Bench[]`; bench/run.ts runs them. */
export interface Figure {
  /** Dotted name, area first (`db.accounts.list.1000.ms`), so `npm run bench -- db.` selects a group. */
  name: string;
  unit: string;
  /** The goal: the figure should be at most this (shown next to it; never asserted in tests). */
  target?: number;
}

export interface Bench extends Figure {
  /** Further figures the same run measures (e.g. the peer's time next to ours, and the ratio). */
  more?: Figure[];
  /**
   * Does its own set-up and clean-up and returns the figure (typically a median of several runs),
   * or, with `more`, every figure by name.
   */
  run: () => Promise<number | Record<string, number>> | number;
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
}
