/** Banners and notices: not found, server unreachable (with a retry countdown), truncation, toasts. */
import { h } from '../dom.js';
import { t } from '../i18n.js';

export interface StatusView {
  notFound(id: string): void;
  offline(delayMs: number, retryNow: () => void): void;
  online(): void;
  error(message: string, retry?: () => void): void;
  /** Shows or clears one notice line; lines of other keys stay (the graph's own, 'graph', and the data version's, 'data'). */
  notice(message: string | null, key?: string): void;
  toast(message: string): void;
  clear(): void;
}

export function mountStatus(banner: HTMLElement, notice: HTMLElement, toastRoot: HTMLElement): StatusView {
  let countdown: ReturnType<typeof setInterval> | undefined;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const notices = new Map<string, string>();

  function show(kind: string, ...children: Array<Node | string>) {
    clearInterval(countdown);
    banner.className = `banner banner-${kind}`;
    banner.replaceChildren(...children);
    banner.hidden = false;
  }

  return {
    notFound(id) {
      show(
        'not-found',
        h('strong', { text: t('notFound', { id }) }),
        ' ',
        h('span', { text: t('notFoundHint') }),
        ' ',
        h('a', { class: 'button', text: t('backHome'), attrs: { href: `/${document.documentElement.lang === 'ar' ? '?lang=ar' : ''}` } }),
      );
      banner.setAttribute('role', 'alert');
    },
    offline(delayMs, retryNow) {
      let left = Math.ceil(delayMs / 1000);
      const count = h('span', { text: t('retryingIn', { s: left }) });
      show('offline', h('strong', { text: t('offline') }), ' ', count, ' ', h('button', { class: 'button', text: t('retryNow'), attrs: { type: 'button' }, on: { click: retryNow } }));
      banner.setAttribute('role', 'alert');
      countdown = setInterval(() => {
        left = Math.max(0, left - 1);
        count.textContent = t('retryingIn', { s: left });
      }, 1000);
    },
    online() {
      if (banner.classList.contains('banner-offline')) this.clear();
    },
    error(message, retry) {
      show('error', h('strong', { text: t('error', { msg: message }) }), ' ', retry ? h('button', { class: 'button', text: t('retryNow'), attrs: { type: 'button' }, on: { click: retry } }) : '');
      banner.setAttribute('role', 'alert');
    },
    notice(message, key = 'graph') {
      if (message) notices.set(key, message);
      else notices.delete(key);
      notice.hidden = notices.size === 0;
      notice.replaceChildren(...[...notices].map(([k, text]) => h('p', { class: `notice-line notice-${k}`, text })));
    },
    toast(message) {
      clearTimeout(toastTimer);
      toastRoot.textContent = message;
      toastRoot.hidden = false;
      toastTimer = setTimeout(() => (toastRoot.hidden = true), 4000);
    },
    clear() {
      clearInterval(countdown);
      banner.hidden = true;
      banner.replaceChildren();
    },
  };
}
