/** Internal: builds the executable schema from the resolver classes (one per GraphQL type). */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import { BodyResolver } from '../body/body.resolver.js';
import { HealthResolver } from '../health/health.resolver.js';
import { InstrumentConnectionResolver } from '../instrument/instrument-connection.resolver.js';
import { InstrumentResolver } from '../instrument/instrument.resolver.js';
import { NeighborhoodResolver } from '../graph/neighborhood.resolver.js';
import { ProvisionResolver } from '../provision/provision.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';
import { TraceResolver } from '../trace/trace.resolver.js';
import { ROOT } from '../http/static.js';

export const SCHEMA_FILE = path.join(ROOT, 'schema.graphql');

export function buildAtlasSchema(emit = false): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [HealthResolver, InstrumentResolver, InstrumentConnectionResolver, ProvisionResolver, BodyResolver, NeighborhoodResolver, TraceResolver, SearchResolver],
    validate: false,
    emitSchemaFile: emit ? { path: SCHEMA_FILE, sortedSchema: false } : false,
  });
}
