/**
 * Failed logins limited per account and per address: after too many failures
 * in the window, further attempts are refused until the window passes, even
 * with the right password (so guessing gains nothing).
 */
export type ThrottleOptions = { maxPerAccount: number; maxPerAddress: number; windowMs: number };

export const DEFAULT_THROTTLE: ThrottleOptions = {
  maxPerAccount: 5,
  maxPerAddress: 20,
  windowMs: 15 * 60 * 1000,
};

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly options: ThrottleOptions = DEFAULT_THROTTLE) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** True when a login for this account from this address may be tried now. */
  allows(account: string, address: string, now: number): boolean {
    return (
      this.recent(`u:${account.toLowerCase()}`, now).length < this.options.maxPerAccount &&
      this.recent(`a:${address}`, now).length < this.options.maxPerAddress
    );
  }

  fail(account: string, address: string, now: number): void {
    for (const key of [`u:${account.toLowerCase()}`, `a:${address}`]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  succeed(account: string): void {
    this.failures.delete(`u:${account.toLowerCase()}`);
  }
}
