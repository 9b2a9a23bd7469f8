import type { CityOverview } from '../overview/overview.types.js';

export type Listener = (overview: CityOverview) => void;

/**
 * One channel per city with subscribers. A change notice after a quiet spell computes the
 * overview at once; changes arriving within the window after that are coalesced into one
 * more computation at the window's end. Each computation serves all the city's subscribers.
 * A failed computation keeps the last snapshot and retries with backoff while anyone listens.
 */
export class CityChannel {
  readonly listeners = new Set<Listener>();
  latest: CityOverview | undefined;
  /** Overviews this channel computed, failed ones too. */
  computations = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private lastStart = 0;
  private lastError: unknown;

  constructor(
    readonly code: string,
    private readonly compute: (code: string) => Promise<CityOverview>,
    private readonly windowMs: number,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Recompute soon. At most one computation starts per window: a change after a quiet
   * spell goes out at once, and the changes of a burst wait for the window's end together.
   */
  schedule(delayMs = Math.max(0, this.lastStart + this.windowMs - Date.now())): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delayMs);
  }

  /** The current snapshot, computing it first if there is none yet (its error if that fails). */
  async current(): Promise<CityOverview> {
    if (!this.latest) await this.run();
    if (!this.latest) throw this.lastError ?? new Error(`the overview of ${this.code} could not be computed`);
    return this.latest;
  }

  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.lastStart = Date.now();
    this.running = (async () => {
      try {
        this.computations += 1;
        const overview = await this.compute(this.code);
        this.failures = 0;
        this.latest = overview;
        for (const listener of this.listeners) listener(overview);
      } catch (error) {
        this.lastError = error;
        this.failures += 1;
        // Only screens already holding a snapshot wait for a retry; a first subscriber gets the error.
        if (this.listeners.size > 0) {
          const retryMs = Math.min(10_000, 250 * 2 ** this.failures);
          this.log(`overview of ${this.code} failed (${(error as Error).message}); retrying in ${retryMs} ms`);
          this.schedule(retryMs);
        }
      } finally {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.schedule();
        }
      }
    })();
    return this.running;
  }

  /** Nothing scheduled, running or asked for again. */
  get idle(): boolean {
    return !this.timer && !this.running && !this.again;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }
}
