/**
 * A reference to what the explorer shows, for a researcher to paste into a report: what it is,
 * its evidence, the data version it was read from and the link that opens it again (the URL, which
 * names that version: `&v=`). Pure: the panel passes the node or edge, the app the version and URL.
 */
import type { GEdge } from './graph/types.js';

export interface DataRef {
  /** The link that opens the view again (location.href). */
  url: string;
  /** The graph's data version (Health.dataVersion), when known. */
  version: number | null;
  /** When that version was loaded (ISO 8601). */
  loadedAt: string | null;
}

/** Long quotes are cut here, at a space, with "…": a reference points to the text, it does not hold it. */
export const QUOTE_CHARS = 300;

function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', QUOTE_CHARS);
  return `${flat.slice(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS)}…`;
}

function source(ref: DataRef): string {
  const version = ref.version !== null ? `, data version ${ref.version}${ref.loadedAt ? ` (${ref.loadedAt.slice(0, 10)})` : ''}` : '';
  return `ig-atlas${version}. ${ref.url}`;
}

/** Where the mandate a node gives stood when it was read (the panel's Mandate section). */
export interface MandateRef {
  status: string;
  asOf: string;
  due?: string | null;
  /** What the status rests on (the output that carried it out, or the body at work), with its date. */
  basis?: { label: string; date?: string | null } | null;
}

/**
 * "UNGA res. 67/195 ¶20 [A/RES/67/195#20], 2012-12-21. Mandate, as of 2013-12-31: in progress
 * (WGEC, 2013-03-22), due 2014. ig-atlas, data version 12 (2026-11-30). http://…": the mandate
 * part when the panel showed one, since a status is a reading on a day.
 */
export function citeNode(node: { id: string; label: string; date?: string | null }, ref: DataRef, mandate?: MandateRef | null): string {
  const id = node.label === node.id ? '' : ` [${node.id}]`;
  const basis = mandate?.basis ? ` (${mandate.basis.label}${mandate.basis.date ? `, ${mandate.basis.date}` : ''})` : '';
  const stands = mandate ? ` Mandate, as of ${mandate.asOf}: ${mandate.status.toLowerCase().replace(/_/g, ' ')}${basis}${mandate.due ? `, due ${mandate.due}` : ''}.` : '';
  return `${node.label}${id}${node.date ? `, ${node.date}` : ''}.${stands} ${source(ref)}`;
}

/**
 * "UNGA res. 67/195 ¶20 mandates WGEC [A/RES/67/195#20 MANDATES body:WGEC]. Operative 20: “…”
 * (2012-12-21; curated; verified). ig-atlas, data version 12 (2026-11-30). http://…"
 */
export function citeEdge(edge: GEdge, sourceLabel: string, targetLabel: string, ref: DataRef): string {
  const ev = edge.evidence ?? {};
  const what = `${sourceLabel} ${edge.relation.toLowerCase().replace(/_/g, ' ')} ${targetLabel} [${edge.source} ${edge.relation} ${edge.target}].`;
  const said = ev.quote ? `${ev.clause ? `${ev.clause}: ` : ''}“${shortQuote(ev.quote)}”` : (ev.clause ?? '');
  const how = [ev.date, ev.method, ev.confidence].filter(Boolean).join('; ');
  const evidence = [said, how ? `(${how})` : ''].filter(Boolean).join(' ');
  return [what, evidence ? `${evidence}.` : '', source(ref)].filter(Boolean).join(' ');
}
