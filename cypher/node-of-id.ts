/**
 * Internal contract: `NODE_OF_ID(id)` in a statement (expanded when the files are read:
 * server/src/db/queries.ts) is the subquery that binds `n` to the node whose id is the variable
 * `id`, and yields no row when there is none. The id's shape names the label (symbol#number is a
 * provision, body:ACRONYM a body, any other a symbol), so it costs one index seek, not three; six
 * statements find their nodes this way, and wrote the same union out each before.
 */
export function nodeOfIdCypher(id: string): string {
  return [
    `CALL (${id}) {`,
    `WITH ${id} WHERE ${id} CONTAINS '#'`,
    `MATCH (n:Provision {id: ${id}}) RETURN n`,
    'UNION',
    `WITH ${id} WHERE ${id} STARTS WITH 'body:'`,
    `MATCH (n:Body {id: ${id}}) RETURN n`,
    'UNION',
    `WITH ${id} WHERE NOT ${id} CONTAINS '#' AND NOT ${id} STARTS WITH 'body:'`,
    `MATCH (n:Instrument {id: ${id}}) RETURN n`,
    '}',
  ].join('\n');
}
