import "server-only";

/**
 * Fixed-window request counter per key (client address), in memory, for one Node process: the
 * API's cheap first filter in front of the shared limit in the database (lib/server/api/handlers.ts).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; says whether it is allowed and when the window resets. */
  hit(key: string): { allowed: boolean; remaining: number; resetInSeconds: number } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.evictExpired(now);
    }
    window.count++;
    const resetInSeconds = Math.ceil((window.start + this.windowMs - now) / 1000);
    return { allowed: window.count <= this.limit, remaining: Math.max(0, this.limit - window.count), resetInSeconds };
  }

  private evictExpired(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
