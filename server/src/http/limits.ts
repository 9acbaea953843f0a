/**
 * Internal: request limits. A query deeper than MAX_DEPTH or costlier than MAX_COST is refused
 * with BAD_USER_INPUT and HTTP 400 before any resolver runs. Cost: 1 per field, and a list field
 * multiplies what is under it by its `first`/`limit` argument, by the `listSize` its schema field
 * declares when the schema bounds it (`@Extensions({ listSize })`), or else by LIST_FACTOR.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType, Kind, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_COST = 5000;
const LIST_FACTOR = 10;

const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const isList = isListType(getNullableType(field.type));
  const size = Number(args.first ?? args.limit ?? field.extensions?.listSize ?? (isList ? LIST_FACTOR : 1));
  return 1 + childComplexity * (isList && Number.isFinite(size) ? size : 1);
};

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** The deepest field nesting of an operation, fragments followed (cycles are cut). */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        max = Math.max(max, depthOf(fragments.get(selection.name.value)?.selectionSet, new Set([...seen, selection.name.value])));
      }
    }
    return max;
  };
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  return Math.max(0, ...operations.map((op) => (op.kind === Kind.OPERATION_DEFINITION ? depthOf(op.selectionSet, new Set()) : 0)));
}

/**
 * Costs already computed, per parsed document (Apollo reuses one DocumentNode per query text) and
 * per operation and variables: a repeated query is not costed again. At most COST_MEMO_SIZE
 * variable sets are kept per document.
 */
const costMemo = new WeakMap<DocumentNode, Map<string, number>>();
const COST_MEMO_SIZE = 100;

function costOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): number {
  const key = `${operationName ?? ''}|${JSON.stringify(variables)}`;
  const memo = costMemo.get(document) ?? costMemo.set(document, new Map()).get(document)!;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables, estimators: [estimator] });
  } catch (error) {
    // Costing reads the variables before execution coerces them: a bad variable fails here.
    throw refuse(error instanceof GraphQLError ? error.message : 'The query variables could not be read.');
  }
  if (memo.size >= COST_MEMO_SIZE) memo.clear();
  memo.set(key, cost);
  return cost;
}

export function limitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, operation }) {
          const depth = queryDepth(document, operationName);
          if (depth > MAX_DEPTH) throw refuse(`Query depth ${depth} is over the limit of ${MAX_DEPTH}. Ask for fewer nested levels, or split the query.`);
          if (operation && operation.operation !== 'query') throw refuse(`The ig-atlas API is read-only: it answers queries, not ${operation.operation}s.`);
          const cost = costOf(schema, document, operationName, request.variables ?? {});
          if (cost > MAX_COST) throw refuse(`Query cost ${cost} is over the limit of ${MAX_COST}. Ask for fewer items (first/limit) or fewer nested lists.`);
        },
      };
    },
  };
}
