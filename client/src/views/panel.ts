/**
 * The reading panel: the selected instrument, paragraph or body with its metadata, paragraphs, its
 * mandates (views/mandate.ts) and every incoming and outgoing citation with its evidence; or the
 * selected edge's evidence. It
 * follows the controller's select/deselect events and fetches details from the API.
 */
import { CITATION_PAGE, refLabel, type Api, type BodyDetail, type Citation, type InstrumentDetail, type NodeRef, type ProvisionDetail } from '../api.js';
import { h, langText, externalLink } from '../dom.js';
import type { GraphController, Selection } from '../graph/controller.js';
import { labelOfId } from '../../../cypher/model.js';
import { citeEdge, citeNode, type DataRef } from '../cite.js';
import { confidenceChip } from './chips.js';
import { actorPositions, historyOf } from './history.js';
import { bodyMandatesSection, landscapeSection, mandateSection, textMandatesSection, type MandateSection } from './mandate.js';
import type { MandateStatus } from '../../../cypher/model.js';
import type { MandateList } from '../url-state.js';
import { EDGE_LOOKS } from '../graph/style.js';
import { asOfShowing, timeMark, yearOf } from '../graph/time-window.js';
import type { Evidence, FieldMark, GEdge, GNode, TraceWalk } from '../graph/types.js';
import { clauseLabel, fieldName, getLang, languageName, methodName, nodeLabel, relationName, t, term, verbName, type MessageKey } from '../i18n.js';

export interface PanelActions {
  /** Open a node: focus it if shown, otherwise load its neighbourhood. */
  open(id: string): void;
  expand(id: string): void;
  /** Draws the chains from a node (UPSTREAM, DOWNSTREAM) or a text's drafts and revisions (HISTORY). */
  trace(id: string, direction: TraceWalk): void;
  /** The panel closed (Escape, the close button). */
  closed(): void;
  /** Copy a reference to what the panel shows, made by `make` from the data version and link (cite.ts). */
  cite(make: (ref: DataRef) => string): void;
  /** The panel lists the graph's mandates of `status` ('ALL': any), or stopped listing them (null). */
  mandatesListed(status: MandateList | null): void;
  /** The panel lists a party's positions on every text, or stopped listing them (null). */
  actorListed(actor: string | null): void;
}

export interface PanelView {
  refresh(): void;
  /** Lists the graph's mandates of `status` ('ALL': any) as of the time window (views/mandate.ts). */
  showMandates(status: MandateList): void;
  /** Lists the positions of parties whose name contains `actor`, on every text. */
  showActor(actor: string): void;
  isOpen(): boolean;
  close(): void;
  destroy(): void;
}

type Shown = { kind: 'node'; node: GNode } | { kind: 'edge'; edge: GEdge; sourceLabel: string; targetLabel: string } | { kind: 'mandates'; status: MandateList } | { kind: 'actor'; actor: string };

export function mountPanel(root: HTMLElement, controller: GraphController, api: Api, actions: PanelActions): PanelView {
  let shown: Shown | null = null;
  let request = 0;
  const back: Shown[] = [];
  /** True while the panel itself selects an edge, so Back returns to what it showed. */
  let viaPanel = false;
  /** The shown node's mandate sections, which follow the time window's "as of" year. */
  let mandates: MandateSection[] = [];
  /** What a link in the mandate list left: the node it opens gets a Back button to it. */
  let returnTo: Shown | null = null;

  const body = h('div', { class: 'panel-body' });
  const header = h('div', { class: 'panel-header' });
  root.append(header, body);
  root.setAttribute('role', 'complementary');
  root.hidden = true;

  function open(next: Shown, pushBack = false) {
    if (pushBack && shown) back.push(shown);
    if (!pushBack) back.length = 0;
    if (!pushBack && returnTo) back.push(returnTo);
    returnTo = null;
    listing(next);
    shown = next;
    root.hidden = false;
    document.body.classList.add('panel-open');
    render();
  }

  /** Tells the app which list the link should keep, as the panel goes from what it shows to `next` (null: closed). */
  function listing(next: Shown | null) {
    if (shown?.kind === 'mandates' && next?.kind !== 'mandates') actions.mandatesListed(null);
    if (next?.kind === 'mandates') actions.mandatesListed(next.status);
    if (shown?.kind === 'actor' && next?.kind !== 'actor') actions.actorListed(null);
    if (next?.kind === 'actor') actions.actorListed(next.actor);
  }

  /** A node link in a list the panel shows: the node it opens gets a Back button to the list. */
  function listLink(list: Shown) {
    return (ref: NodeRef) => {
      const button = nodeLink(ref);
      button.addEventListener('click', () => (returnTo = list), { capture: true });
      return button;
    };
  }

  function close() {
    if (!shown) return;
    listing(null);
    shown = null;
    back.length = 0;
    mandates = [];
    root.hidden = true;
    document.body.classList.remove('panel-open');
    header.replaceChildren();
    body.replaceChildren();
  }

  function renderHeader(kindLabel: string, title: string) {
    const closeButton = h('button', { class: 'icon-button', text: '×', attrs: { type: 'button', 'aria-label': t('close'), title: t('close') }, on: { click: () => { controller.clearSelection(); close(); actions.closed(); } } });
    const backButton = back.length
      ? h('button', { class: 'icon-button', text: getLang() === 'ar' ? '→' : '←', attrs: { type: 'button', 'aria-label': 'Back', title: 'Back' }, on: { click: () => { const prev = back.pop(); if (prev) { listing(prev); shown = prev; render(); } } } })
      : null;
    header.replaceChildren(backButton ?? '', h('span', { class: 'panel-kind', text: kindLabel }), langText('h2', title, null, 'panel-title'), closeButton);
    header.querySelector('h2')!.id = 'panel-title';
    root.setAttribute('aria-labelledby', 'panel-title');
  }

  function render() {
    if (!shown) return;
    const current = shown;
    mandates = [];
    body.replaceChildren(h('p', { class: 'muted', text: t('loading') }));
    if (current.kind === 'edge') {
      renderHeader(t('evidence'), `${relationName(current.edge.relation)}`);
      body.replaceChildren(edgeBlock(current.edge, current.sourceLabel, current.targetLabel));
      return;
    }
    if (current.kind === 'mandates') {
      renderHeader(t('landscapeKind'), t('landscapeTitle'));
      const choose = (status: MandateStatus | 'CHANGED' | null) => open({ kind: 'mandates', status: status ?? 'ALL' });
      body.replaceChildren(mandateOf(landscapeSection(current.status === 'ALL' ? null : current.status, api, { link: listLink(current), meta }, choose)));
      return;
    }
    if (current.kind === 'actor') {
      renderHeader(t('actorKind'), current.actor);
      actorPositions(current.actor, api, listLink(current))
        .then((section) => shown === current && body.replaceChildren(section))
        .catch((error: Error) => shown === current && body.replaceChildren(h('p', { class: 'error', text: t('error', { msg: error.message }) })));
      return;
    }
    const node = current.node;
    renderHeader(t(`kinds_${node.kind}` as MessageKey), nodeLabel(node.kind, node.label));
    const ticket = ++request;
    // The citation lists keep what the legend's strength choice keeps (the API filters them, so a
    // node cited thousands of times lists its strong citations from the first page).
    const min = controller.hidden.minStrength;
    const load = node.kind === 'Instrument' ? api.instrument(node.id, min) : node.kind === 'Provision' ? api.provision(node.id, min) : api.body(node.id, min);
    load
      .then((detail) => {
        if (ticket !== request || shown !== current) return;
        if (!detail) {
          body.replaceChildren(h('p', { class: 'error', text: t('notFound', { id: node.id }) }));
          return;
        }
        if (node.kind === 'Instrument') renderInstrument(node, detail as InstrumentDetail);
        else if (node.kind === 'Provision') renderProvision(node, detail as ProvisionDetail);
        else renderBody(node, detail as BodyDetail);
        markNodeTime();
      })
      .catch((error: Error) => {
        if (ticket === request) body.replaceChildren(h('p', { class: 'error', text: t('error', { msg: error.message }) }));
      });
  }

  function nodeActions(id: string): HTMLElement {
    const button = (label: MessageKey, onClick: () => void, cls = '') => h('button', { class: `button ${cls}`, text: t(label), attrs: { type: 'button' }, on: { click: onClick } });
    return h(
      'div',
      { class: 'panel-actions' },
      button('centre', () => actions.open(id)),
      button('expand', () => actions.expand(id)),
      button('traceUp', () => actions.trace(id, 'UPSTREAM'), 'trace-up'),
      button('traceDown', () => actions.trace(id, 'DOWNSTREAM'), 'trace-down'),
      // A node that gives a mandate is cited with where it stood, as the panel shows it.
      button('cite', () => actions.cite((ref) => citeNode(controller.nodeData(id) ?? { id, label: id }, ref, mandates.map((m) => m.cited()).find(Boolean))), 'cite'),
      // The cited-by feed (server/src/feed): a reader subscribes to who takes this node up next,
      // at the strength the lists show.
      h('a', { class: 'button feed', text: t('feed'), attrs: { href: `/feeds/cited-by?${new URLSearchParams({ id, ...(controller.hidden.minStrength ? { strength: controller.hidden.minStrength } : {}) })}`, type: 'application/atom+xml', title: t('feedTitle'), target: '_blank', rel: 'noopener' } }),
    );
  }

  function meta(rows: Array<[MessageKey, Node | string | null | undefined]>): HTMLElement {
    const dl = h('dl', { class: 'meta' });
    for (const [key, value] of rows) {
      if (value === null || value === undefined || value === '') continue;
      dl.append(h('dt', { text: t(key) }), typeof value === 'string' ? h('dd', { text: value }) : h('dd', {}, value));
    }
    return dl;
  }

  /** How strongly the citing clause acts, said in words ("Strength: requests"); none for a recital. */
  function strengthChip(value: string | null | undefined, labelled: boolean): HTMLElement | null {
    return value ? h('span', { class: `chip strength strength-${value}`, text: labelled ? `${t('strength')}: ${term('strength', value)}` : term('strength', value), attrs: { title: t('strengthTitle'), 'data-strength': value } }) : null;
  }

  /**
   * The fields whose provenance is their own (a title only recalled on a verified record, a date a
   * document filled): each with its confidence, its sources and the curator's note.
   */
  function fieldMarks(marks: readonly FieldMark[]): HTMLElement | null {
    if (!marks.length) return null;
    return h(
      'ul',
      { class: 'field-provenance' },
      ...marks.map((m) =>
        h(
          'li',
          { attrs: { 'data-field': m.field } },
          h('span', { class: 'field-name', text: fieldName(m.field) }),
          ' ',
          confidenceChip(m.confidence) ?? '',
          m.sources.length ? h('span', { class: 'field-sources', text: ` ${m.sources.join(', ')}` }) : '',
          m.note ? langText('small', m.note, null, 'field-note') : '',
        ),
      ),
    );
  }

  /** Lists a party's positions on every text, with Back to what the panel showed. */
  function showActor(actor: string) {
    open({ kind: 'actor', actor }, true);
  }

  function nodeLink(ref: NodeRef): HTMLElement {
    return h('button', { class: 'link-button', attrs: { type: 'button', 'data-node': ref.id }, on: { click: () => actions.open(ref.id) } }, langText('span', nodeLabel(ref.__typename, refLabel(ref))));
  }

  /** A mandate section of the node shown, loaded for the time window's day. */
  function mandateOf(section: MandateSection): HTMLElement {
    mandates.push(section);
    section.refresh(controller.timeWindow);
    return section.element;
  }

  function localised(en: string | null | undefined, ar: string | null | undefined): string | null {
    return (getLang() === 'ar' ? ar || en : en || ar) ?? null;
  }

  function renderInstrument(node: GNode, d: InstrumentDetail) {
    const title = localised(d.titleEn, d.titleAr) ?? d.shortTitle ?? d.symbol;
    renderHeader(`${t('kinds_Instrument')} · ${term('instrumentKind', d.kind)}`, title);
    const bodyRef = d.body ? h('button', { class: 'link-button', text: d.body.acronym ?? d.body.id, attrs: { type: 'button', title: localised(d.body.nameEn, d.body.nameAr) ?? '' }, on: { click: () => actions.open(d.body!.id) } }) : null;
    const summary = localised(d.summaryEn, d.summaryAr);
    body.replaceChildren(
      d.shortTitle && d.shortTitle !== title ? langText('p', d.shortTitle, null, 'subtitle') : '',
      nodeActions(node.id),
      meta([
        ['symbol', h('code', { text: d.symbol })],
        ['date', d.endDate && d.endDate !== d.adopted ? `${d.adopted ?? '?'} – ${d.endDate}` : d.adopted],
        ['body', bodyRef],
        ['venue', d.venue],
        ['originalLanguage', d.originalLanguage ? languageName(d.originalLanguage) : null],
        ['officialLink', externalLink(d.url, d.url ?? '')],
        ['confidence', confidenceChip(d.confidence)],
        ['sources', d.sources.length ? d.sources.join(', ') : null],
        ['byField', fieldMarks(d.fieldProvenance)],
      ]),
      d.note ? h('p', { class: 'note' }, h('strong', { text: `${t('note')}: ` }), langText('span', d.note)) : '',
      summary ? langText('p', summary, null, 'summary') : '',
      mandateOf(mandateSection('Instrument', node.id, api, { link: nodeLink, meta })),
      mandateOf(textMandatesSection(node.id, api, { link: nodeLink, meta })),
      historyOf('Instrument', node.id, api, nodeLink, () => actions.trace(node.id, 'HISTORY'), markTime, showActor),
      citationSection('outgoing', d.out, d.outCount, 'out', node),
      citationSection('incoming', d.in, d.inCount, 'in', node),
      paragraphs(d),
    );
  }

  function paragraphs(d: InstrumentDetail): HTMLElement {
    const details = h('details', { class: 'section paragraphs' }, h('summary', { text: t('paragraphs', { n: d.provisions.length }) }));
    const list = h('ol', { class: 'paragraph-list' });
    for (const p of d.provisions) {
      const text = p.text ?? localised(p.summaryEn, p.summaryAr);
      list.append(
        h(
          'li',
          {},
          h('button', { class: 'link-button para-label', text: p.label ? clauseLabel(p.label) : p.number, attrs: { type: 'button' }, on: { click: () => actions.open(p.id) } }),
          p.role ? h('span', { class: 'chip role', text: term('role', p.role) }) : '',
          text ? langText('p', text, p.text ? p.language : null, 'para-text') : '',
        ),
      );
    }
    details.append(list);
    return details;
  }

  function renderProvision(node: GNode, d: ProvisionDetail) {
    const instrumentTitle = d.instrument.shortTitle ?? d.instrument.symbol;
    // "Paragraph · paragraph" says nothing twice: the role shows only when it adds something.
    renderHeader(`${t('kinds_Provision')}${d.role && d.role !== 'paragraph' ? ` · ${term('role', d.role)}` : ''}`, `${instrumentTitle} ${d.label ? clauseLabel(d.label) : d.number}`);
    const summary = localised(d.summaryEn, d.summaryAr);
    body.replaceChildren(
      nodeActions(node.id),
      meta([
        ['partOf', h('button', { class: 'link-button', text: instrumentTitle, attrs: { type: 'button' }, on: { click: () => actions.open(d.instrument.id) } })],
        ['symbol', h('code', { text: d.id })],
        ['date', d.instrument.adopted],
        ['body', d.instrument.body ? h('button', { class: 'link-button', text: d.instrument.body.acronym ?? d.instrument.body.id, attrs: { type: 'button' }, on: { click: () => actions.open(d.instrument.body!.id) } }) : null],
        ['officialLink', externalLink(d.instrument.url, d.instrument.url ?? '')],
        ['confidence', confidenceChip(d.confidence)],
        ['sources', d.sources.length ? d.sources.join(', ') : null],
        ['byField', fieldMarks(d.fieldProvenance)],
      ]),
      d.text ? h('div', { class: 'clause' }, d.verb ? h('span', { class: 'chip verb', text: verbName(d.verb) }) : '', langText('blockquote', d.text, d.language, 'quote')) : '',
      summary ? langText('p', summary, null, 'summary') : '',
      mandateOf(mandateSection('Provision', node.id, api, { link: nodeLink, meta })),
      historyOf('Provision', node.id, api, nodeLink, () => actions.trace(node.id, 'HISTORY'), markTime, showActor),
      citationSection('outgoing', d.out, d.outCount, 'out', node),
      citationSection('incoming', d.in, d.inCount, 'in', node),
    );
  }

  function renderBody(node: GNode, d: BodyDetail) {
    renderHeader(`${t('kinds_Body')}${d.kind ? ` · ${term('bodyKind', d.kind)}` : ''}`, localised(d.nameEn, d.nameAr) ?? d.acronym ?? d.id);
    body.replaceChildren(
      nodeActions(node.id),
      meta([
        ['symbol', h('code', { text: d.acronym ?? d.id })],
        ['established', d.established],
        ['ended', d.ended],
        ['confidence', confidenceChip(d.confidence)],
        ['sources', d.sources.length ? d.sources.join(', ') : null],
        ['byField', fieldMarks(d.fieldProvenance)],
      ]),
      d.summary ? langText('p', d.summary, null, 'summary') : '',
      mandateOf(bodyMandatesSection(node.id, api, { link: nodeLink, meta })),
      citationSection('outgoing', d.out, d.outCount, 'out', node),
      citationSection('incoming', d.in, d.inCount, 'in', node),
    );
  }

  function relationChip(relation: string): HTMLElement {
    const look = EDGE_LOOKS[relation];
    const chip = h('span', { class: 'chip relation', attrs: { 'data-relation': relation } }, h('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } }), relationName(relation));
    if (look) (chip.firstChild as HTMLElement).style.borderTop = `3px ${look.line} ${look.color}`;
    return chip;
  }

  /**
   * A node's citations one way: the first page came with the node; while fewer are shown than
   * `total`, a button fetches the next page after the last one shown (a hub is cited thousands of
   * times: the panel never asks for all of them at once).
   */
  function citationSection(titleKey: 'outgoing' | 'incoming', first: Citation[], total: number, direction: 'out' | 'in', node: GNode): HTMLElement {
    const min = controller.hidden.minStrength;
    const section = h('section', { class: `section citations citations-${direction}` }, h('h3', { text: t(titleKey, { n: total }) }));
    if (min) section.append(h('p', { class: 'muted strength-note', text: t('listStrength', { s: term('strength', min) }) }));
    const list = h('ul', { class: 'citation-list' });
    let shownCount = 0;
    let last: Citation | undefined;
    const add = (page: Citation[]) => {
      for (const c of page) list.append(markTime(citationItem(c, direction)));
      shownCount += page.length;
      last = page.at(-1) ?? last;
    };
    add(first);
    section.append(list);
    const more = h('button', { class: 'button more-citations', attrs: { type: 'button' } });
    const status = h('p', { class: 'error', attrs: { role: 'status' } });
    const update = () => {
      more.textContent = t('moreCitations', { n: Math.min(CITATION_PAGE, total - shownCount), shown: shownCount, total });
      if (shownCount >= total || !last) more.remove();
    };
    more.addEventListener('click', () => {
      if (!last) return;
      more.setAttribute('disabled', '');
      status.textContent = '';
      api
        .citations(node.kind, node.id, direction, last.cursor, min)
        .then((page) => {
          add(page);
          // A shorter page than asked is the end, whatever the count said when the node was opened.
          if (page.length < CITATION_PAGE) total = shownCount;
          update();
        })
        .catch((error: Error) => {
          status.textContent = t('error', { msg: error.message });
        })
        .finally(() => more.removeAttribute('disabled'));
    });
    if (shownCount < total) section.append(more, status);
    update();
    return section;
  }

  function citationItem(c: Citation, direction: 'out' | 'in'): HTMLElement {
    const shownId = controller.findEdge(c.source.id, c.relation, c.target.id);
    const id = shownId ?? `${c.source.id}|${c.relation}|${c.target.id}`;
    const clause = c.source.__typename === 'Provision' ? (c.source.label ? clauseLabel(c.source.label) : c.source.id) : refLabel(c.source);
    const other = direction === 'out' ? c.target : c.source;
    const showEvidence = () => {
      const edge: GEdge = { id, source: c.source.id, target: c.target.id, relation: c.relation, evidence: c.evidence };
      if (shownId) {
        viaPanel = true;
        controller.selectEdge(shownId);
        viaPanel = false;
      } else open({ kind: 'edge', edge, sourceLabel: refLabel(c.source), targetLabel: refLabel(c.target) }, true);
    };
    return h(
      'li',
      { class: 'citation', attrs: { 'data-edge': id, 'data-target': c.target.id, 'data-source': c.source.id, 'data-date': c.evidence?.date ?? null } },
      h(
        'div',
        { class: 'citation-head' },
        direction === 'out' ? langText('span', clause, null, 'clause-label') : nodeLink(other),
        relationChip(c.relation),
        direction === 'out' ? nodeLink(other) : langText('span', c.target.__typename === 'Provision' && c.target.label ? clauseLabel(c.target.label) : '', null, 'clause-label'),
      ),
      c.evidence?.quote ? langText('blockquote', c.evidence.quote, c.evidence.language, 'quote clamp') : '',
      h(
        'div',
        { class: 'citation-meta' },
        strengthChip(c.evidence?.strength, true) ?? '',
        c.evidence?.method ? h('span', { class: 'chip method', text: methodName(c.evidence.method) }) : '',
        confidenceChip(c.evidence?.confidence),
        c.evidence?.date ? h('span', { class: 'muted', text: c.evidence.date }) : '',
        h('button', { class: 'link-button evidence-button', text: t('evidence'), attrs: { type: 'button' }, on: { click: showEvidence } }),
      ),
    );
  }

  function edgeBlock(edge: GEdge, sourceLabel: string, targetLabel: string): HTMLElement {
    const ev: Evidence & { sources?: string[] | null } = edge.evidence ?? {};
    const go = (id: string, label: string) => h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => actions.open(id) } }, langText('span', nodeLabel(labelOfId(id), label)));
    const block = h(
      'div',
      { class: 'edge-evidence', attrs: { 'data-edge': edge.id } },
      h('div', { class: 'citation-head big' }, go(edge.source, sourceLabel), relationChip(edge.relation), go(edge.target, targetLabel)),
      ev.quote ? h('figure', { class: 'clause' }, ev.clause ? langText('figcaption', clauseLabel(ev.clause), null, 'clause-label') : '', langText('blockquote', ev.quote, ev.language, 'quote')) : '',
      meta([
        ['clause', ev.clause && !ev.quote ? clauseLabel(ev.clause) : null],
        ['strength', strengthChip(ev.strength, false)],
        ['method', ev.method ? h('span', { class: 'chip method', text: methodName(ev.method) }) : null],
        ['confidence', confidenceChip(ev.confidence)],
        ['date', ev.date],
        ['source', externalLink(ev.sourceUrl, ev.sourceUrl ?? '')],
        ['sources', ev.sources?.length ? ev.sources.join(', ') : null],
        ['byField', fieldMarks(ev.fieldProvenance ?? [])],
      ]),
      ev.note ? h('p', { class: 'note' }, h('strong', { text: `${t('note')}: ` }), langText('span', ev.note)) : '',
      h('div', { class: 'panel-actions' }, h('button', { class: 'button cite', text: t('cite'), attrs: { type: 'button' }, on: { click: () => actions.cite((ref) => citeEdge(edge, sourceLabel, targetLabel, ref)) } })),
    );
    return markEdgeTime(block);
  }

  /**
   * Marks a citation as the graph's time window does its edge (time-window.ts): "later" when its
   * citing text is after "as of", "new" when after "new after". The lists stay whole: they are the
   * record, and the window only says where each citation stands in time.
   */
  function markTime(item: HTMLElement): HTMLElement {
    const span = controller.timeWindow;
    const mark = timeMark(yearOf(item.dataset.date), span);
    item.classList.toggle('citation-later', mark === 'later');
    item.classList.toggle('citation-new', mark === 'new');
    // The mark in words too, beside the date: for screen readers, and for whoever wonders why
    // one citation looks different.
    item.querySelector('.time-mark')?.remove();
    if (mark) {
      const text = mark === 'later' ? t('markLater', { year: span.asOf! }) : t('markNew', { year: span.newAfter! });
      item.querySelector('.citation-meta')?.append(h('span', { class: `chip time-mark ${mark}`, text }));
    }
    return item;
  }
  /**
   * Says, above an edge's evidence, when the time window hides the edge (its citing text is later
   * than "as of"): a shared link may select an edge its window hides, and the graph then shows
   * no edge for the evidence read.
   */
  function markEdgeTime(block: HTMLElement): HTMLElement {
    block.querySelector('.time-note')?.remove();
    const hidden = controller.cy.getElementById(block.dataset.edge ?? '').hasClass('later');
    if (hidden) block.prepend(h('p', { class: 'note time-note', text: t('edgeLater', { year: controller.timeWindow.asOf ?? '' }) }));
    return block;
  }
  /**
   * Says, at the top of a node's panel, when the time window hides the node (dated after "as
   * of"): a text opened from search or a link under a window is drawn with its neighbourhood but
   * not itself, and nothing else would say why. Its button moves "as of" to the node's year (no end
   * when that is the graph's last: asOfShowing), so the node shows.
   */
  function markNodeTime(): void {
    body.querySelector('.node-time-note')?.remove();
    if (shown?.kind !== 'node') return;
    const node = controller.cy.getElementById(shown.node.id);
    const year = yearOf(node.data('date'));
    if (!node.hasClass('later') || year === null) return;
    const window = controller.timeWindow;
    const show = () => controller.setTimeWindow({ ...window, asOf: asOfShowing(year, controller.years()) });
    body.prepend(
      h('p', { class: 'note time-note node-time-note' }, t('nodeLater', { date: node.data('date'), year: window.asOf ?? '' }), ' ', h('button', { class: 'button', text: t('nodeLaterShow', { year }), attrs: { type: 'button' }, on: { click: show } })),
    );
  }
  const offChange = controller.on('change', () => {
    markNodeTime();
    for (const section of mandates) section.refresh(controller.timeWindow);
    root.querySelectorAll<HTMLElement>('li.citation, li.history-stage').forEach(markTime);
    root.querySelectorAll<HTMLElement>('.edge-evidence').forEach(markEdgeTime);
  });

  const onSelect = (selection: Selection) => {
    if (selection.kind === 'node') open({ kind: 'node', node: selection.node });
    else {
      if (shown?.kind === 'edge' && shown.edge.id === selection.id) return;
      const label = (id: string) => controller.nodeData(id)?.label ?? id;
      open({ kind: 'edge', edge: selection.edge, sourceLabel: label(selection.edge.source), targetLabel: label(selection.edge.target) }, viaPanel);
    }
  };
  const offSelect = controller.on('select', onSelect);

  return {
    refresh: render,
    showMandates: (status) => open({ kind: 'mandates', status }),
    showActor: (actor) => open({ kind: 'actor', actor }),
    isOpen: () => shown !== null,
    close,
    destroy() {
      offSelect();
      offChange();
      root.replaceChildren();
    },
  };
}
