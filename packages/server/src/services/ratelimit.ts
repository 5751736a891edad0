// Per-key token buckets, in memory (one server process; behind a load balancer each process limits alone).
export interface RateLimitOptions {
  /** Sustained requests per second per key (default 500: one key may feed hundreds of rooms). 0 disables. */
  rate?: number;
  /** Bucket size: requests allowed in a burst (default 2 × rate, at least 10). */
  burst?: number;
}

export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  readonly rate: number;
  readonly burst: number;
  constructor(o: RateLimitOptions = {}) {
    this.rate = o.rate ?? 500;
    this.burst = o.burst ?? Math.max(10, this.rate * 2);
  }

  /** Takes one token; returns 0 when allowed, else the seconds to wait (for Retry-After). */
  take(key: string, now = Date.now()): number {
    if (this.rate <= 0) return 0;
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size > 100_000) this.buckets.clear();
      this.buckets.set(key, (b = { tokens: this.burst, at: now }));
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate);
    b.at = now;
    if (b.tokens >= 1) { b.tokens -= 1; return 0; }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.rate));
  }
}
