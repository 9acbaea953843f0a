// Range indexes for the filters and orderings the API offers.
CREATE INDEX instrument_kind IF NOT EXISTS FOR (n:Instrument) ON (n.kind);
CREATE INDEX instrument_adopted IF NOT EXISTS FOR (n:Instrument) ON (n.adopted);
CREATE INDEX instrument_body IF NOT EXISTS FOR (n:Instrument) ON (n.bodyId);
CREATE INDEX provision_instrument IF NOT EXISTS FOR (n:Provision) ON (n.instrumentId);
