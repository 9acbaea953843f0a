/**
 * Public contract: the feeds as Atom (RFC 4287), so a researcher can follow in any feed reader who
 * cites or acts on a paragraph, an instrument or a body (atomFeed), or where a phrase appears
 * (atomDocument, from feed.route.ts). Pure: the route reads the graph and passes plain values.
 *
 * - A feed's id names what it follows (urn:ig-atlas:cited-by:<id>, urn:ig-atlas:search:<text>); a
 *   cited-by entry's id names the edge by its stored key (urn:ig-atlas:edge:<key>), a search
 *   entry's the node (urn:ig-atlas:node:<id>), so a reader shows a newly loaded text as new even
 *   when it is older than what it has already seen.
 * - An entry's date is its text's (a day, or the first day of a month or year: midnight UTC); an
 *   undated entry is dated 1970-01-01, "unknown", which keeps it after the dated ones (a feed is
 *   newest first). The feed's date is its newest entry's, else its subject's own, else 1970-01-01.
 * - Links are relative to the server (Atom resolves them against the feed's address): an entry
 *   opens the explorer on its node (a cited-by entry with the edge selected), as a shared link does.
 * - Every text is escaped, and characters XML 1.0 cannot hold are dropped.
 */

export interface FeedNode {
  id: string;
  label: string;
  kind: 'Instrument' | 'Provision' | 'Body';
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string | null;
}

export interface FeedEntry {
  key: string;
  relation: string;
  /** The citing text's date, YYYY-MM-DD. */
  date: string | null;
  clause: string | null;
  quote: string | null;
  language: string | null;
  method: string | null;
  confidence: string | null;
  /** How strongly the citing clause acts (cypher/strength.ts), or null. */
  strength: string | null;
  source: FeedNode;
  target: FeedNode;
}

const EPOCH = '1970-01-01T00:00:00Z';

/** Characters XML 1.0 forbids (C0 controls but tab and line ends, lone surrogates, U+FFFE/F) are dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A partial date as an Atom date-time: its first day, midnight UTC ("2010-10" → 2010-10-01T00:00:00Z). */
export function atomDate(date: string | null | undefined): string | null {
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  return match ? `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}T00:00:00Z` : null;
}

/** RECALLS → "recalls", CALLS_UPON → "calls upon". */
export function relationVerb(relation: string): string {
  return relation.toLowerCase().replace(/_/g, ' ');
}

/** The explorer's link to `root`, with an edge selected: the URL contract of client/src/url-state.ts. */
export function explorerLink(root: string, edge?: string): string {
  const params = new URLSearchParams();
  params.set(root.includes('#') || root.startsWith('body:') ? 'node' : 'instrument', root);
  if (edge) params.set('edge', edge);
  return `/?${params}`;
}


/** A feed's address, relative to the server: /feeds/<name>?<params>, the params in the order given. */
export function feedUrl(name: 'cited-by' | 'search', params: Record<string, string>): string {
  return `/feeds/${name}?${new URLSearchParams(params)}`;
}

/** One entry of a feed, whatever it lists. */
export interface AtomEntry {
  /** A URN, stable for the same thing. */
  id: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null: unknown (1970-01-01). */
  date: string | null;
  /** The explorer link (explorerLink). */
  link: string;
  category: { term: string; label: string };
  summary: string;
  content?: string | null;
  language?: string | null;
}

export interface AtomHead {
  id: string;
  title: string;
  subtitle: string;
  self: string;
  /** The next (older) page, when there is one (RFC 5005's paged feeds). */
  next?: string | null;
  alternate: string;
  /** The feed's date when no entry has one. */
  date?: string | null;
}

/** A feed of `entries`, in the order given; the feed's date is the first dated entry's. */
export function atomDocument(head: AtomHead, entries: readonly AtomEntry[]): string {
  const updated = atomDate(entries.find((e) => e.date)?.date) ?? atomDate(head.date) ?? EPOCH;
  const attr = (value: string) => `"${xmlText(value)}"`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(head.id)}</id>`,
    `  <title>${xmlText(head.title)}</title>`,
    `  <subtitle>${xmlText(head.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>ig-atlas</name></author>',
    '  <generator>ig-atlas</generator>',
    `  <link rel="self" type="application/atom+xml" href=${attr(head.self)}/>`,
    `  <link rel="alternate" type="text/html" href=${attr(head.alternate)}/>`,
    ...(head.next ? [`  <link rel="next" type="application/atom+xml" href=${attr(head.next)}/>`] : []),
  ];
  for (const entry of entries) {
    const lang = entry.language && /^[a-z]{2,3}$/.test(entry.language) ? ` xml:lang="${entry.language}"` : '';
    lines.push(
      '  <entry>',
      `    <id>${xmlText(entry.id)}</id>`,
      `    <title>${xmlText(entry.title)}</title>`,
      `    <updated>${atomDate(entry.date) ?? EPOCH}</updated>`,
      `    <link rel="alternate" type="text/html" href=${attr(entry.link)}/>`,
      `    <category term=${attr(entry.category.term)} label=${attr(entry.category.label)}/>`,
      `    <summary type="text">${xmlText(entry.summary)}</summary>`,
      ...(entry.content ? [`    <content type="text"${lang}>${xmlText(entry.content)}</content>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/**
 * The cited-by feed of `node`: one entry per citation, in the order given (newest first). `links`:
 * the feed's own address and its next page's (feed.route.ts), by default the first page's.
 */
export function atomFeed(node: FeedNode, entries: readonly FeedEntry[], links: { self: string; next?: string | null } = { self: feedUrl('cited-by', { id: node.id }) }): string {
  const head: AtomHead = {
    id: `urn:ig-atlas:cited-by:${encodeURIComponent(node.id)}`,
    title: `Who cites or acts on ${node.label}`,
    subtitle: `The latest texts in the ig-atlas graph that cite or act on ${node.label} (${node.id}), newest first, each with its citing clause.`,
    ...links,
    alternate: explorerLink(node.id),
    date: node.date,
  };
  return atomDocument(
    head,
    entries.map((entry) => ({
      id: `urn:ig-atlas:edge:${encodeURIComponent(entry.key)}`,
      title: `${entry.source.label} ${relationVerb(entry.relation)} ${entry.target.label}`,
      date: entry.date,
      link: explorerLink(entry.source.id, `${entry.source.id}|${entry.relation}|${entry.target.id}`),
      category: { term: entry.relation, label: relationVerb(entry.relation) },
      summary: [entry.clause, entry.date, entry.strength && `strength ${entry.strength.toLowerCase().replace('_', ' ')}`, entry.method && `method ${entry.method}`, entry.confidence].filter(Boolean).join(' · ') || relationVerb(entry.relation),
      content: entry.quote,
      language: entry.language,
    })),
  );
}
