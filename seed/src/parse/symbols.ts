/**
 * Internal: canonical instrument symbols, and which revision of an ITU Plenipotentiary resolution
 * was in force on a given date.
 *
 * Canonical forms (the loader keys Instrument nodes on them):
 * - UN resolutions: `A/RES/67/195`, `E/RES/2010/2` (no year suffix, no language suffix);
 * - the Tunis Agenda: `WSIS-05/TUNIS/DOC/6(Rev.1)`; the Geneva Declaration of Principles and Plan of
 *   Action: `WSIS-03/GENEVA/DOC/4` and `WSIS-03/GENEVA/DOC/5`;
 * - ITU and WSIS document symbols without the language suffix: `WTPF-13/DT/6-A` → `WTPF-13/DT/6`;
 * - ITU PP resolutions: `ITU PP Res. 102 (Rev. Guadalajara, 2010)`, or `ITU PP Res. 133 (Marrakesh, 2002)`
 *   for the original text.
 */

export const TUNIS_AGENDA = 'WSIS-05/TUNIS/DOC/6(Rev.1)';
export const GENEVA_DECLARATION = 'WSIS-03/GENEVA/DOC/4';
export const GENEVA_PLAN = 'WSIS-03/GENEVA/DOC/5';

/** Strips a trailing language suffix (-A Arabic, -C Chinese, -E, -F, -R Russian, -S Spanish). */
export function canonicalDocumentSymbol(symbol: string): string {
  return symbol.trim().replace(/-[ACEFRS]$/, '');
}

export function gaResolution(session: string, number: string): string {
  return `A/RES/${Number(session)}/${Number(number)}`;
}

export function ecosocResolution(year: string, number: string): string {
  return `E/RES/${year}/${Number(number)}`;
}

/**
 * Plenipotentiary Conferences that revised resolutions, with the day each closed. A revision is in
 * force from its closing day until the next conference closes.
 */
export const PP_REVISIONS: readonly { city: string; year: number; ended: string }[] = [
  { city: 'Minneapolis', year: 1998, ended: '1998-11-06' },
  { city: 'Marrakesh', year: 2002, ended: '2002-10-18' },
  { city: 'Antalya', year: 2006, ended: '2006-11-24' },
  { city: 'Guadalajara', year: 2010, ended: '2010-10-22' },
  { city: 'Busan', year: 2014, ended: '2014-11-07' },
  { city: 'Dubai', year: 2018, ended: '2018-11-16' },
  { city: 'Bucharest', year: 2022, ended: '2022-10-14' },
];

/** Conference cities as they are spelt in Arabic and French texts, mapped to the English spelling. */
const CITY_ALIASES: Readonly<Record<string, string>> = {
  'غوادالاخارا': 'Guadalajara', 'أنطاليا': 'Antalya', 'مراكش': 'Marrakesh', 'بوسان': 'Busan', 'دبي': 'Dubai',
  'بوخارست': 'Bucharest', 'مينيابوليس': 'Minneapolis', Marrakech: 'Marrakesh', Guadalajara: 'Guadalajara',
  Antalya: 'Antalya', Busan: 'Busan', Dubaï: 'Dubai', Dubai: 'Dubai', Bucarest: 'Bucharest', Bucharest: 'Bucharest',
  Minneapolis: 'Minneapolis', Marrakesh: 'Marrakesh',
};

export function englishCity(city: string): string | null {
  return CITY_ALIASES[city.trim()] ?? null;
}

/**
 * Canonical symbol of an ITU PP resolution. With an explicit revision ("Rev. Guadalajara, 2010")
 * that revision is used; without one, the revision in force on `citedOn` (ISO date). Returns null
 * when neither is known (no date, or a date before the first conference in the table).
 */
export function ituResolution(
  number: string,
  explicit: { city: string; year: number; revised: boolean } | null,
  citedOn: string | null,
): string | null {
  const n = Number(number);
  if (explicit) {
    return `ITU PP Res. ${n} (${explicit.revised ? 'Rev. ' : ''}${explicit.city}, ${explicit.year})`;
  }
  if (!citedOn) return null;
  let inForce: (typeof PP_REVISIONS)[number] | null = null;
  for (const pp of PP_REVISIONS) if (pp.ended <= citedOn) inForce = pp;
  return inForce ? `ITU PP Res. ${n} (Rev. ${inForce.city}, ${inForce.year})` : null;
}
