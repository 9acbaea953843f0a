/**
 * Internal contract: `CITATION_PAGE(r)` in a statement (expanded when the files are read:
 * server/src/db/queries.ts) is the clauses that take rows of citation relationships `r` and leave
 * one page of them: the first $first after the cursor $after ([day, position, key], or null), in the
 * order every `citations` field uses, as rows of `r, s` (its start node), `day`, `position` and
 * `rkey` (its place in the order, which citation.cursor.ts encodes). citations-of-nodes.cypher and
 * citations-of-instruments.cypher write it, so both lists keep one order.
 *
 * The order: the citing text's date as YYYYMMDD (undated last), the citing clause's position in its
 * document (none, for a citation by a whole instrument or body: last), the edge's key.
 *
 * Why two steps: a hub's page walks all its relationships, so the walk reads as little as it can.
 * First each one's date alone (read once, as `d`), keeping those after the cursor (their position
 * and key are read only on the cursor's own day); `cut` is the day of the $first-th of them by day.
 * Only the relationships up to that day can be on the page, and only theirs have their position and
 * key read and are sorted. On the bench corpus's most cited instrument (22,647 citations) a page took
 * 94 to 100 ms instead of 139 to 141 (medians), and a list of 12 about 0.07 ms more of Neo4j's CPU
 * (BENCHMARKS.md, twentieth session).
 */
const NO_POSITION = 2147483647;
const UNDATED = 99999999;

export function citationPageCypher(r: string): string {
  const position = (s: string) => `coalesce(${s}.position, ${NO_POSITION})`;
  const key = `coalesce(${r}.key, elementId(${r}))`;
  return [
    `WITH ${r}, ${r}.date AS d`,
    `WITH ${r}, CASE WHEN d IS :: DATE NOT NULL THEN d.year * 10000 + d.month * 100 + d.day ELSE ${UNDATED} END AS day`,
    `WHERE $after IS NULL OR day > $after[0] OR (day = $after[0] AND (${position(`startNode(${r})`)} > $after[1] OR (${position(`startNode(${r})`)} = $after[1] AND ${key} > $after[2])))`,
    `WITH collect([${r}, day]) AS found`,
    'CALL (found) {',
    'UNWIND found AS x',
    'WITH x[1] AS day ORDER BY day LIMIT $first',
    'RETURN max(day) AS cut',
    '}',
    'UNWIND found AS x',
    `WITH x[0] AS ${r}, x[1] AS day, cut`,
    'WHERE day <= cut',
    `WITH ${r}, day, startNode(${r}) AS s`,
    `WITH ${r}, s, day, ${position('s')} AS position, ${key} AS rkey`,
    'ORDER BY day, position, rkey',
    'LIMIT $first',
  ].join('\n');
}
