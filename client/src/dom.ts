/**
 * DOM helpers. Database text only ever goes in through `textContent` (the `text` prop or string
 * children); there is no innerHTML anywhere in the client.
 */
import { isArabicText } from './i18n.js';

type Child = Node | string | null | undefined | false;
export interface Props {
  class?: string;
  text?: string | null;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text != null) el.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) el.addEventListener(type, handler as EventListener);
  for (const child of children) if (child) el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

/**
 * An element holding database text with its language and direction: Arabic text gets
 * lang="ar" dir="rtl", other text dir="ltr" (and its language when known), so a paragraph reads
 * correctly whatever the interface language.
 */
export function langText<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, language?: string | null, className?: string): HTMLElementTagNameMap[K] {
  const arabic = language ? language === 'ar' : isArabicText(text);
  const el = h(tag, { class: className, text });
  el.setAttribute('lang', arabic ? 'ar' : language || 'en');
  el.setAttribute('dir', arabic ? 'rtl' : 'ltr');
  return el;
}

/** A safe external link: only http(s) URLs become links. */
export function externalLink(url: string | null | undefined, label: string): HTMLElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return h('a', { text: label, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } });
}

export function clear(el: Element): void {
  el.replaceChildren();
}
