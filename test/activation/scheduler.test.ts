import { ActivationScheduler, type Clock } from '../../src/activation/scheduler';
import type { DueWork } from '../../src/activation/due-work';
import { createLogger } from '../../src/logger';

/** Fake due work: pending activation times, activated when due. */
function fakeAccess(dueTimes: number[]) {
  const pending = [...dueTimes];
  const activations: number[] = [];
  const access = {
    nextDueAt: () => (pending.length ? Math.min(...pending) : null),
    activateDue: (now: number) => {
      const due = pending.filter((t) => t <= now);
      for (const t of due) pending.splice(pending.indexOf(t), 1);
      activations.push(...due.map(() => now));
      return { grants: due.length, functions: 0, notifications: due.length };
    },
    add: (t: number) => pending.push(t),
  };
  return { access, activations };
}

const jestClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (t) => clearTimeout(t),
};

describe('ActivationScheduler', () => {
  const logger = createLogger('silent');
  beforeEach(() => jest.useFakeTimers({ now: Date.UTC(2026, 10, 23, 9, 0, 0) }));
  afterEach(() => jest.useRealTimers());

  it('activates what is overdue at start, then sleeps until the next due time', () => {
    const t0 = Date.now();
    const { access, activations } = fakeAccess([t0 - 60_000, t0 + 20 * 60_000]);
    const notified = jest.fn();
    const s = new ActivationScheduler(access as DueWork, notified, logger, jestClock);
    s.start();
    expect(activations).toEqual([t0]);
    expect(notified).toHaveBeenCalledTimes(1);
    expect(jest.getTimerCount()).toBe(1);

    jest.advanceTimersByTime(20 * 60_000 - 1);
    expect(activations).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(activations).toEqual([t0, t0 + 20 * 60_000]);
    expect(notified).toHaveBeenCalledTimes(2);
    s.stop();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('does not poll: with nothing pending it sets one long timer and does no work meanwhile', () => {
    const { access } = fakeAccess([]);
    const nextDueAt = jest.spyOn(access, 'nextDueAt');
    const s = new ActivationScheduler(access as DueWork, jest.fn(), logger, jestClock);
    s.start();
    const calls = nextDueAt.mock.calls.length;
    jest.advanceTimersByTime(5 * 60 * 60_000);
    expect(nextDueAt.mock.calls.length).toBe(calls);
    s.stop();
  });

  it('moves its timer earlier when a new grant is due sooner', () => {
    const t0 = Date.now();
    const { access, activations } = fakeAccess([t0 + 60 * 60_000]);
    const s = new ActivationScheduler(access as DueWork, jest.fn(), logger, jestClock);
    s.start();
    access.add(t0 + 1000);
    s.reschedule();
    jest.advanceTimersByTime(1000);
    expect(activations).toEqual([t0 + 1000]);
    s.stop();
  });

  it('keeps going when an activation fails, and retries after a pause instead of spinning', () => {
    const t0 = Date.now();
    const { access, activations } = fakeAccess([t0 + 1000]);
    const real = access.activateDue;
    let failures = 1;
    access.activateDue = (now: number) => {
      if (now >= t0 + 1000 && failures-- > 0) throw new Error('database is locked');
      return real(now);
    };
    const s = new ActivationScheduler(access as DueWork, jest.fn(), logger, jestClock);
    s.start();
    jest.advanceTimersByTime(1000);
    expect(activations).toHaveLength(0);
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(4999);
    expect(activations).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(activations).toHaveLength(1);
    s.stop();
  });
});
