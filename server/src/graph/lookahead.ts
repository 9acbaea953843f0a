/**
 * Internal: look-ahead for a resolver that can fetch one child field in its own round trip.
 * `childFieldArgs(info, 'citations')` returns the argument values (defaults applied) of the
 * `citations` field selected under the current field, when it is selected exactly once and without
 * @skip/@include; otherwise null, and the child field resolves the ordinary way.
 */
import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function childFieldArgs(info: GraphQLResolveInfo, field: string): Record<string, unknown> | null {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[field] : undefined;
  if (!definition) return null;
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === field) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  if (found.length !== 1 || found[0].directives?.length) return null;
  try {
    return getArgumentValues(definition, found[0], info.variableValues);
  } catch {
    return null; // invalid arguments: the child field reports them itself
  }
}
