/** Graph tools: fit, zoom, expand, connect, undo, trace, layout, export (PNG, JSON, a CSV table of the edges, GraphML) and import. Enabled from the controller's state. */
import { h } from '../dom.js';
import type { GraphController, GraphStats, LayoutName } from '../graph/controller.js';
import type { TraceDirection } from '../graph/types.js';
import { t, type MessageKey } from '../i18n.js';

export interface ToolbarActions {
  expand(): void;
  /** Adds the edges between the nodes shown that the graph does not show yet (Query.among). */
  connect(): void;
  undo(): void;
  trace(direction: TraceDirection): void;
  clearTrace(): void;
  exportPng(): void;
  exportJson(): void;
  exportCsv(): void;
  exportGraphml(): void;
  /** A file the user picked to open as a view (a JSON export). */
  importJson(file: File): void;
}

export interface ToolbarView {
  relabel(): void;
  destroy(): void;
}

export function mountToolbar(root: HTMLElement, controller: GraphController, actions: ToolbarActions): ToolbarView {
  const buttons: Array<[HTMLButtonElement, MessageKey]> = [];
  const button = (key: MessageKey, onClick: () => void, cls: string, icon = '') => {
    const b = h('button', { class: `tool ${cls}`, attrs: { type: 'button', 'data-tool': cls } , on: { click: onClick } });
    b.dataset.icon = icon;
    buttons.push([b, key]);
    return b;
  };
  const fit = button('fit', () => controller.fit(), 'fit', '⤢');
  const zoomIn = button('zoomIn', () => controller.zoomBy(1.25), 'zoom-in', '+');
  const zoomOut = button('zoomOut', () => controller.zoomBy(0.8), 'zoom-out', '−');
  const expand = button('expand', actions.expand, 'expand', '✚');
  const connect = button('connect', actions.connect, 'connect', '⋈');
  const undo = button('undo', actions.undo, 'undo', '↶');
  const traceUp = button('traceUp', () => actions.trace('UPSTREAM'), 'trace-up', '⇡');
  const traceDown = button('traceDown', () => actions.trace('DOWNSTREAM'), 'trace-down', '⇣');
  const clearTrace = button('clearTrace', actions.clearTrace, 'clear-trace', '✕');
  const layoutLabel = h('label', { class: 'tool-select' });
  const layoutText = h('span', {});
  const layout = h('select', { attrs: { 'data-tool': 'layout' } });
  const options: Array<[LayoutName, MessageKey]> = [
    ['force', 'layoutForce'],
    ['hierarchy', 'layoutHierarchy'],
    ['lanes', 'layoutLanes'],
  ];
  for (const [value] of options) layout.append(h('option', { attrs: { value } }));
  layoutLabel.append(layoutText, layout);
  const onLayout = () => controller.runLayout(layout.value as LayoutName);
  layout.addEventListener('change', onLayout);
  const png = button('exportPng', actions.exportPng, 'export-png', '⬇');
  const json = button('exportJson', actions.exportJson, 'export-json', '⬇');
  const csv = button('exportCsv', actions.exportCsv, 'export-csv', '⬇');
  const graphmlButton = button('exportGraphml', actions.exportGraphml, 'export-graphml', '⬇');
  const file = h('input', { attrs: { type: 'file', accept: '.json,application/json', hidden: true, 'data-tool': 'import-file' } });
  const onFile = () => {
    const picked = file.files?.[0];
    file.value = ''; // the same file can be picked again
    if (picked) actions.importJson(picked);
  };
  file.addEventListener('change', onFile);
  const importJson = button('importJson', () => file.click(), 'import-json', '⬆');

  // Exports and Open behind one button (a disclosure): five buttons in a row took a toolbar row of
  // their own at laptop widths with the panel open. The list is placed fixed under the button, so
  // the phone toolbar's sideways scroll does not clip it; a choice, Escape or a click elsewhere
  // closes it.
  const menuId = 'export-menu';
  const menu = h('div', { class: 'tool-menu', attrs: { id: menuId, hidden: true } }, png, json, csv, graphmlButton, importJson);
  const menuButton = button('exportMenu', () => setMenu(menuButton.getAttribute('aria-expanded') !== 'true'), 'export-menu', '⬇');
  menuButton.setAttribute('aria-expanded', 'false');
  menuButton.setAttribute('aria-controls', menuId);
  /** Puts the open list under the button, from its start edge (its right one in Arabic), inside the window. */
  function place() {
    const box = menuButton.getBoundingClientRect();
    const rtl = getComputedStyle(root).direction === 'rtl';
    const room = document.documentElement.clientWidth - menu.offsetWidth - 4;
    menu.style.top = `${box.bottom + 4}px`;
    menu.style.left = `${Math.max(4, Math.min(rtl ? box.right - menu.offsetWidth : box.left, room))}px`;
  }
  function setMenu(open: boolean) {
    menu.hidden = !open;
    menuButton.setAttribute('aria-expanded', String(open));
    if (!open) return;
    place();
    menu.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }
  // A choice closes the list (after its own click handler has run).
  menu.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('button')) setMenu(false);
  });
  const onOutside = (event: Event) => {
    if (!menu.hidden && !menu.contains(event.target as Node) && !menuButton.contains(event.target as Node)) setMenu(false);
  };
  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || menu.hidden) return;
    event.stopPropagation();
    setMenu(false);
    menuButton.focus();
  };
  document.addEventListener('pointerdown', onOutside);
  menu.addEventListener('keydown', onMenuKey);
  menuButton.addEventListener('keydown', onMenuKey);
  // The toolbar scrolls on a phone (a click on a half-shown button scrolls it too) and the page
  // may resize: the open list follows its button.
  const onMove = () => {
    if (!menu.hidden) place();
  };
  window.addEventListener('resize', onMove);
  root.addEventListener('scroll', onMove);

  root.append(
    h('div', { class: 'tool-group' }, fit, zoomIn, zoomOut),
    h('div', { class: 'tool-group' }, expand, connect, undo),
    h('div', { class: 'tool-group' }, traceUp, traceDown, clearTrace),
    h('div', { class: 'tool-group' }, layoutLabel),
    h('div', { class: 'tool-group' }, menuButton, menu, file),
  );

  function relabel() {
    for (const [b, key] of buttons) {
      const icon = b.dataset.icon ? `${b.dataset.icon} ` : '';
      // The label in a span of its own: a narrow graph area shows only the Export menu's icon (styles.css).
      b.replaceChildren(icon, h('span', { class: 'tool-label', text: t(key) }));
      b.title = t(key);
    }
    menuButton.setAttribute('aria-label', t('exportMenu'));
    for (const [b] of [[zoomIn], [zoomOut]] as const) b.textContent = b.dataset.icon ?? '';
    connect.title = t('connectTitle');
    zoomIn.setAttribute('aria-label', t('zoomIn'));
    zoomOut.setAttribute('aria-label', t('zoomOut'));
    layoutText.textContent = t('layout');
    options.forEach(([, key], i) => (layout.options[i].textContent = t(key)));
  }

  const onChange = (stats: GraphStats) => {
    const selected = controller.selection;
    const hasNode = Boolean(selected && controller.nodeData(selected));
    undo.disabled = !stats.canUndo;
    clearTrace.hidden = !stats.tracing;
    expand.disabled = !hasNode;
    connect.disabled = stats.nodes < 2;
    traceUp.disabled = !hasNode;
    traceDown.disabled = !hasNode;
    png.disabled = stats.nodes === 0;
    json.disabled = stats.nodes === 0;
    csv.disabled = stats.nodes === 0;
    graphmlButton.disabled = stats.nodes === 0;
    fit.disabled = stats.nodes === 0;
    layout.value = stats.layout;
  };
  const refresh = () => onChange(controller.stats());
  const offChange = controller.on('change', onChange);
  const offSelect = controller.on('select', refresh);
  const offDeselect = controller.on('deselect', refresh);
  relabel();
  refresh();

  return {
    relabel,
    destroy() {
      offChange();
      offSelect();
      offDeselect();
      layout.removeEventListener('change', onLayout);
      file.removeEventListener('change', onFile);
      document.removeEventListener('pointerdown', onOutside);
      window.removeEventListener('resize', onMove);
      root.replaceChildren();
    },
  };
}
