/** Internal: what every resolver receives. Built per request by http/app.ts. */
import type { Database, RoundTripCounter } from './db/database.js';
import type { Loaders } from './loaders.js';

export interface Context {
  /** Database scoped to this request: its counter counts this request's Cypher round trips. */
  db: Database;
  loaders: Loaders;
  roundTrips: RoundTripCounter;
}
