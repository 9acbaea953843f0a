/** Internal: builds the executable schema from the resolver classes (one per GraphQL type). */
import 'reflect-metadata';
import type { GraphQLSchema, GraphQLUnionType } from 'graphql';
import { graphNodeType } from '../graph/graph-node.js';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import { BodyResolver } from '../body/body.resolver.js';
import { CitationResolver } from '../citation/citation.resolver.js';
import { EvidenceResolver } from '../citation/evidence.resolver.js';
import { HealthResolver } from '../health/health.resolver.js';
import { InstrumentConnectionResolver } from '../instrument/instrument-connection.resolver.js';
import { InstrumentResolver } from '../instrument/instrument.resolver.js';
import { MandateResolver } from '../mandate/mandate.resolver.js';
import { NeighborhoodResolver } from '../graph/neighborhood.resolver.js';
import { PositionResolver } from '../position/position.resolver.js';
import { ProvisionResolver } from '../provision/provision.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';
import { TraceResolver } from '../trace/trace.resolver.js';
import { ROOT } from '../http/static.js';

export const SCHEMA_FILE = path.join(ROOT, 'schema.graphql');

export async function buildAtlasSchema(emit = false): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [HealthResolver, InstrumentResolver, InstrumentConnectionResolver, ProvisionResolver, BodyResolver, CitationResolver, EvidenceResolver, NeighborhoodResolver, TraceResolver, SearchResolver, MandateResolver, PositionResolver],
    validate: false,
    emitSchemaFile: emit ? { path: SCHEMA_FILE, sortedSchema: false } : false,
  });
  // type-graphql wraps a union's resolveType in an async function: a promise per union value for
  // graphql-js, and graphql-jit (http/executor.ts) takes only a synchronous one. The same function,
  // unwrapped.
  (schema.getType('GraphNode') as GraphQLUnionType).resolveType = graphNodeType;
  return schema;
}
