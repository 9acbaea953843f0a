// The cited-by feed of a node (server/src/feed): the $first latest relationships, of a type in
// $relations (a closed list, checked by the caller) and, unless $anyStrength, of a strength in
// $strengths (an "at least" list, cypher/strength.ts), that end at the node $id (of label $label,
// which its id's shape names) or, for an instrument, at one of its provisions. Newest citing text
// first, undated last, then by key, so the same store gives the same feed; with $after (a map
// {date: YYYY-MM-DD or null, key}, the place of a previous page's last entry), only what comes
// after it in that order: the next page (server/src/feed/feed.cursor.ts). Nodes come as cards
// (CARD, cypher/card.ts), a provision with its instrument's, so the feed names them as the
// explorer does. One row per relationship; a node no relationship reaches gives one row with
// r null; no node $id gives no row.
CALL () {
  MATCH (n:Instrument {id: $id}) WHERE $label = 'Instrument' RETURN n
  UNION ALL
  MATCH (n:Provision {id: $id}) WHERE $label = 'Provision' RETURN n
  UNION ALL
  MATCH (n:Body {id: $id}) WHERE $label = 'Body' RETURN n
}
OPTIONAL CALL (n) {
  CALL (n) {
    MATCH (n)<-[r]-() WHERE type(r) IN $relations AND ($anyStrength OR r.strength IN $strengths) RETURN r
    UNION ALL
    MATCH (n)<-[:PART_OF]-(:Provision)<-[r]-() WHERE n:Instrument AND type(r) IN $relations AND ($anyStrength OR r.strength IN $strengths) RETURN r
  }
  WITH r, coalesce(r.key, elementId(r)) AS key
  WHERE $after IS NULL
     OR CASE WHEN $after.date IS NULL THEN r.date IS NULL AND key > $after.key
        ELSE r.date IS NULL OR r.date < date($after.date) OR (r.date = date($after.date) AND key > $after.key) END
  WITH r ORDER BY r.date IS NULL, r.date DESC, key LIMIT $first
  RETURN r
}
WITH n, r, startNode(r) AS s, endNode(r) AS t
OPTIONAL MATCH (nOwner:Instrument {id: n.instrumentId}) WHERE n:Provision
OPTIONAL MATCH (sOwner:Instrument {id: s.instrumentId}) WHERE s:Provision
OPTIONAL MATCH (tOwner:Instrument {id: t.instrumentId}) WHERE t:Provision
RETURN CARD(n) AS node, CASE WHEN nOwner IS NOT NULL THEN CARD(nOwner) END AS nodeOwner,
       type(r) AS relation, coalesce(r.key, elementId(r)) AS key, toString(r.date) AS date,
       r.clause AS clause, r.quote AS quote, r.language AS language, r.method AS method, r.confidence AS confidence, r.strength AS strength,
       CASE WHEN s IS NOT NULL THEN CARD(s) END AS source, CASE WHEN sOwner IS NOT NULL THEN CARD(sOwner) END AS sourceOwner,
       CASE WHEN t IS NOT NULL THEN CARD(t) END AS target, CASE WHEN tOwner IS NOT NULL THEN CARD(tOwner) END AS targetOwner
ORDER BY r.date IS NULL, r.date DESC, key
