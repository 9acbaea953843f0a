/** Public API: the arguments of the mandate fields (Provision.mandate, Instrument.mandate, Body.mandates). */

/** The description of every mandate field's `asOf` argument. */
export const AS_OF = 'The day to read the status for (default: today): what carried it out or took it up later does not count, and a mandate adopted later does not exist yet.';
