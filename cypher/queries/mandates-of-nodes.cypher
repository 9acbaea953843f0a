// DataLoader batch: the mandate each provision or instrument in $ids carries, as
// server/src/mandate/mandate.repository.ts reads it. A node carries one when it has an edge of
// $addressing (MANDATE_ADDRESSING, cypher/model.ts) to a body; other ids return no row. With it:
// the node's card (CARD, cypher/card.ts), its text's date and due date, the bodies it addresses, and its edges of $following either way, but to a body (what
// carried it out, later mandates that took it up, earlier ones it takes up).
// An edge comes as [outgoing, relation, evidence (the $evidence properties, in order), the other
// end's card, its date, its end, whether it is a mandate itself]; an addressee as [relation,
// evidence, the body's card], whose card holds its dates. A node's date is its own (an instrument's adoption, a body's setting up) or,
// for a provision, its instrument's; its end is an event's last day or a body's end.
UNWIND $ids AS id
NODE_OF_ID(id)
WITH id, n, [(n)-[r]->(b:Body) WHERE type(r) IN $addressing | [type(r), [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END], CARD(b)]] AS addressees
WHERE size(addressees) > 0 AND NOT n:Body
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $following AND NOT (startNode(r) = n AND m:Body)
  OPTIONAL MATCH (m)-[:PART_OF]->(mi:Instrument)
  RETURN collect([
    startNode(r) = n,
    type(r),
    [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END],
    CARD(m),
    CASE
      WHEN m:Provision THEN coalesce(toString(mi.adopted), mi.adoptedText)
      WHEN m:Instrument THEN coalesce(toString(m.adopted), m.adoptedText)
      ELSE toString(m.established)
    END,
    CASE WHEN m:Instrument THEN toString(m.endDate) WHEN m:Body THEN toString(m.ended) END,
    NOT m:Body AND EXISTS { (m)-[a]->(:Body) WHERE type(a) IN $addressing }
  ]) AS linked
}
RETURN id AS key,
       CARD(n) AS source,
       TEXT_DATE(n) AS date,
       n.due AS due, addressees, linked
