/**
 * The legend doubles as the filter: one checkbox per node kind and per relation type, each drawn
 * with its graph look (shape and colour; line colour, style and arrow), and a choice of the weakest
 * clause strength shown (cypher/strength.ts).
 */
import { ACTING_RELATIONS, CITING_RELATIONS, STRUCTURAL_RELATIONS } from '../../../cypher/model.js';
import { isStrength, STRENGTHS, type Strength } from '../../../cypher/strength.js';
import { h } from '../dom.js';
import type { GraphController } from '../graph/controller.js';
import { ALL_EDGE_TYPES, EDGE_LOOKS, NODE_LOOKS } from '../graph/style.js';
import { NODE_KINDS } from '../graph/types.js';
import { relationName, t, term, type MessageKey } from '../i18n.js';

export interface LegendView {
  relabel(): void;
  /** Sets the checkboxes from hidden lists (URL restore) and applies them. */
  setHidden(relations: readonly string[], kinds: readonly string[]): void;
  /** Sets the strength choice (URL restore) and applies it. */
  setStrength(min: Strength | null): void;
  destroy(): void;
}

const SVG = 'http://www.w3.org/2000/svg';

function edgeSample(relation: string): SVGSVGElement {
  const look = EDGE_LOOKS[relation];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 40 12');
  svg.setAttribute('width', '40');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('edge-sample');
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('x1', '2');
  line.setAttribute('y1', '6');
  line.setAttribute('x2', look.arrow === 'none' ? '38' : '31');
  line.setAttribute('y2', '6');
  line.setAttribute('stroke', look.color);
  line.setAttribute('stroke-width', String(Math.min(look.width, 3)));
  if (look.line === 'dashed') line.setAttribute('stroke-dasharray', '5 3');
  if (look.line === 'dotted') line.setAttribute('stroke-dasharray', '1.5 2.5');
  svg.append(line);
  if (look.arrow !== 'none') {
    const head = document.createElementNS(SVG, 'path');
    const shapes: Record<string, string> = {
      triangle: 'M31 1 L39 6 L31 11 Z',
      vee: 'M30 1 L39 6 L30 11 L33 6 Z',
      'triangle-tee': 'M30 1 L37 6 L30 11 Z M38 1 L39.5 1 L39.5 11 L38 11 Z',
      'triangle-backcurve': 'M30 1 L39 6 L30 11 Q33 6 30 1 Z',
      square: 'M31 2 L39 2 L39 10 L31 10 Z',
      diamond: 'M31 6 L35 1 L39 6 L35 11 Z',
      circle: 'M35 2 A4 4 0 1 1 34.99 2 Z',
      tee: 'M35 1 L37 1 L37 11 L35 11 Z',
    };
    head.setAttribute('d', shapes[look.arrow] ?? shapes.triangle);
    head.setAttribute('fill', look.color);
    svg.append(head);
  }
  return svg;
}

export function mountLegend(root: HTMLElement, controller: GraphController): LegendView {
  const relationBoxes = new Map<string, HTMLInputElement>();
  const kindBoxes = new Map<string, HTMLInputElement>();
  const labels: Array<[HTMLElement, () => string]> = [];
  const text = (el: HTMLElement, get: () => string) => {
    labels.push([el, get]);
    return el;
  };

  const details = h('details', { class: 'legend', attrs: { open: window.matchMedia?.('(min-height: 1000px) and (min-width: 1300px)').matches } });
  // The closed legend's line says when a strength choice hides edges: a shared link may carry one.
  const strengthLabel = (s: Strength) => (s === STRENGTHS[0] ? term('strength', s) : t('strengthFrom', { s: term('strength', s) }));
  const summary = text(h('summary', {}), () => {
    const min = controller.hidden.minStrength;
    return min ? `${t('legend')} · ${t('strength')}: ${strengthLabel(min)}` : t('legend');
  });
  details.append(summary);

  const apply = () => {
    controller.filterKinds(new Set([...kindBoxes].filter(([, b]) => b.checked).map(([k]) => k)), NODE_KINDS);
    controller.filterRelations(new Set([...relationBoxes].filter(([, b]) => b.checked).map(([r]) => r)), ALL_EDGE_TYPES);
  };

  const kinds = h('fieldset', { class: 'legend-group' });
  kinds.append(text(h('legend', {}), () => t('nodeKinds')));
  for (const kind of NODE_KINDS) {
    const box = h('input', { attrs: { type: 'checkbox', checked: true, 'data-kind': kind } });
    kindBoxes.set(kind, box);
    const look = NODE_LOOKS[kind];
    const sample = h('span', { class: `node-sample shape-${look.shape}`, attrs: { 'aria-hidden': 'true' } });
    sample.style.background = look.color;
    sample.style.borderColor = look.border;
    kinds.append(h('label', { class: 'legend-item' }, box, sample, text(h('span', {}), () => t(`kinds_${kind}` as MessageKey))));
  }
  details.append(kinds);

  // The weakest strength shown: a select, strongest first, since "at least" reads down the scale.
  const chooseStrength = (min: Strength | null) => {
    controller.filterStrength(min);
    relabel();
  };
  const strength = h('select', { class: 'strength-filter', attrs: { id: 'strength-filter' }, on: { change: () => chooseStrength(isStrength(strength.value) ? strength.value : null) } });
  const anyOption = text(h('option', { attrs: { value: '' } }), () => t('strengthAny'));
  strength.append(anyOption, ...STRENGTHS.map((s) => text(h('option', { attrs: { value: s } }), () => strengthLabel(s))));
  const strengthGroup = h('fieldset', { class: 'legend-group strength-group' });
  strengthGroup.append(
    h('legend', {}, text(h('label', { attrs: { for: 'strength-filter' } }), () => t('strength'))),
    strength,
  );
  details.append(strengthGroup);

  const groups: Array<[MessageKey, readonly string[]]> = [
    ['citing', CITING_RELATIONS],
    ['acting', ACTING_RELATIONS],
    ['structure', STRUCTURAL_RELATIONS],
  ];
  for (const [key, relations] of groups) {
    const fieldset = h('fieldset', { class: 'legend-group' });
    const all = h('button', { class: 'mini', attrs: { type: 'button' }, on: { click: () => { const on = relations.some((r) => !relationBoxes.get(r)!.checked); for (const r of relations) relationBoxes.get(r)!.checked = on; apply(); } } });
    fieldset.append(h('legend', {}, text(h('span', {}), () => `${t(key)} `), text(all, () => `(${t('all')} / ${t('none')})`)));
    for (const relation of relations) {
      const box = h('input', { attrs: { type: 'checkbox', checked: true, 'data-relation': relation } });
      relationBoxes.set(relation, box);
      fieldset.append(h('label', { class: 'legend-item' }, box, edgeSample(relation), text(h('span', {}), () => relationName(relation))));
    }
    details.append(fieldset);
  }
  root.append(details);

  const onToggle = (event: Event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) apply();
  };
  details.addEventListener('change', onToggle);

  function relabel() {
    for (const [el, get] of labels) el.textContent = get();
    strengthGroup.title = t('strengthTitle');
  }
  relabel();

  return {
    relabel,
    setHidden(relations, kinds) {
      for (const [r, box] of relationBoxes) box.checked = !relations.includes(r);
      for (const [k, box] of kindBoxes) box.checked = !kinds.includes(k);
      apply();
    },
    setStrength(min) {
      strength.value = min ?? '';
      chooseStrength(min);
    },
    destroy() {
      details.removeEventListener('change', onToggle);
      root.replaceChildren();
    },
  };
}
