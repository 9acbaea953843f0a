/** Public API: the computed field of Evidence. */
import { Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { FieldProvenance, fieldProvenance } from '../graph/provenance.js';
import { Evidence, type EvidenceRow } from './citation.type.js';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => [FieldProvenance], {
    description: 'The parts of a curated edge with a provenance of their own: `from`, `to` or `relation` (e.g. a link that starts at a resolution because the paragraph is not known). Empty for most edges.',
  })
  // At most one mark per part of a link (from, to, relation): the request limits count three, not ten.
  @Extensions({ listSize: 3 })
  fieldProvenance(@Root() row: EvidenceRow): FieldProvenance[] {
    return fieldProvenance(row);
  }
}
