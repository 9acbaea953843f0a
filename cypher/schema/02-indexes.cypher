// Range indexes for the filters and orderings the API offers.
CREATE INDEX instrument_kind IF NOT EXISTS FOR (n:Instrument) ON (n.kind);
CREATE INDEX instrument_adopted IF NOT EXISTS FOR (n:Instrument) ON (n.adopted);
CREATE INDEX instrument_body IF NOT EXISTS FOR (n:Instrument) ON (n.bodyId);
// A body's parts, whose mandates Body.mandates lists with its own (mandates-of-bodies.cypher).
CREATE INDEX body_part_of IF NOT EXISTS FOR (n:Body) ON (n.partOf);
// The texts positions were taken on (positions.cypher, Query.positions): the few curated nodes
// with a positionCount, found without reading the others.
CREATE INDEX instrument_positions IF NOT EXISTS FOR (n:Instrument) ON (n.positionCount);
CREATE INDEX provision_positions IF NOT EXISTS FOR (n:Provision) ON (n.positionCount);
// A provision's instrument is reached along PART_OF (provisions-by-instrument.cypher); the index on
// Provision.instrumentId that earlier versions made is dropped from their stores.
DROP INDEX provision_instrument IF EXISTS;
