import { collectDefaultMetrics, Registry } from 'prom-client';

let shared: Registry | undefined;

/**
 * CPU, memory, event-loop lag, GC: one registry per process, made on first use. The collectors
 * start an event-loop monitor and a GC observer that prom-client never stops, so a registry per
 * server would leave one more of each behind at every start (tests start many servers).
 */
export function processMetrics(): Registry {
  if (!shared) {
    shared = new Registry();
    // The event-loop monitor samples every 100 ms, not prom-client's 10: at 10 ms it alone kept an
    // idle server at 0.4 % CPU; a stall long enough to matter still delays a sample.
    collectDefaultMetrics({ register: shared, eventLoopMonitoringPrecision: 100 });
  }
  return shared;
}
