/** A token bucket: `ratePerSecond` on average, bursts up to `ratePerSecond * burstSeconds`. */
export class RateLimiter {
  readonly #ratePerMs: number;
  readonly #capacity: number;
  #tokens: number;
  #lastMs: number;
  readonly #now: () => number;

  constructor(ratePerSecond: number, burstSeconds: number, now: () => number = Date.now) {
    this.#ratePerMs = ratePerSecond / 1000;
    this.#capacity = ratePerSecond * burstSeconds;
    this.#tokens = this.#capacity;
    this.#now = now;
    this.#lastMs = now();
  }

  take(): boolean {
    const now = this.#now();
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#lastMs) * this.#ratePerMs);
    this.#lastMs = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
