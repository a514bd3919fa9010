import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's metrics for operators, in Prometheus's text format (prom-client). One registry per
 * process; the platform serves it at an operator-only route and adds its own collectors (database
 * pool, outbox, job queue). Domains record through the few functions below, never prom-client itself.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'samverkan_' });

/** Seconds: from 1 ms to 10 s, where a request or a lock wait of this app lives. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const requestDuration = new Histogram({
  name: 'samverkan_http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: BUCKETS,
  registers: [metricsRegistry],
});

const seatClaims = new Counter({
  name: 'samverkan_seat_claims_total',
  help: 'Seat claims by outcome (confirmed, waitlisted, closed)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

const seatClaimSeconds = new Histogram({
  name: 'samverkan_seat_claim_seconds',
  help: 'Time to claim a seat, mostly the wait for the conference row lock',
  buckets: BUCKETS,
  registers: [metricsRegistry],
});

/** One answered HTTP request; `route` is the pattern (`/api/conferences/:id`), never the concrete path. */
export function recordRequest(method: string, route: string, status: number, seconds: number): void {
  requestDuration.observe({ method, route, status: String(status) }, seconds);
}

export type SeatOutcome = 'confirmed' | 'waitlisted' | 'closed';

/** One seat claim and how long it took. */
export function recordSeatClaim(outcome: SeatOutcome, seconds: number): void {
  seatClaims.inc({ outcome });
  seatClaimSeconds.observe(seconds);
}
