/** Counts work under way (requests, turns), so a shutdown can wait for it to finish. */
export class WorkInFlight {
  private active = 0;
  private waiters: (() => void)[] = [];

  /** Marks one piece of work as started; the returned function ends it (once, however often called). */
  begin(): () => void {
    this.active += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.active -= 1;
      if (this.active === 0) this.waiters.splice(0).forEach((w) => w());
    };
  }

  get count(): number {
    return this.active;
  }

  /** Resolves when nothing is under way. */
  idle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
