/**
 * Internal: look-ahead, for resolvers that fetch less (or more) depending on what the query asks
 * for below them. Fragments are followed; a field under @skip/@include counts as not selectable
 * ahead of time (it resolves the ordinary way).
 */
import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields named `name` in these selection sets, through inline fragments and fragment spreads. */
function fieldsNamed(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[], name: string | null): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && (name === null || selection.name.value === name)) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  sets.forEach(visit);
  return found;
}

/**
 * The argument values (defaults applied) of the child field `field` of the current field, when it
 * is selected exactly once and without directives; otherwise null.
 */
export function childFieldArgs(info: GraphQLResolveInfo, field: string): Record<string, unknown> | null {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[field] : undefined;
  if (!definition) return null;
  const found = fieldsNamed(info, info.fieldNodes.map((n) => n.selectionSet), field);
  if (found.length !== 1 || found[0].directives?.length) return null;
  try {
    return getArgumentValues(definition, found[0], info.variableValues);
  } catch {
    return null; // invalid arguments: the child field reports them itself
  }
}

/**
 * The names of the fields selected at `path` below the current field (e.g. ['edges', 'evidence']),
 * or null when nothing is selected there.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | null {
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((n) => n.selectionSet);
  for (const step of path) {
    sets = fieldsNamed(info, sets, step).map((f) => f.selectionSet);
    if (sets.length === 0) return null;
  }
  return new Set(fieldsNamed(info, sets, null).map((f) => f.name.value));
}
