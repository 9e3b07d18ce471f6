import type { Page } from 'playwright-core';

/*
 * What the tests measure inside the page. Written as page-side JavaScript text because the
 * project compiles without the DOM library (adding it would hide DOM globals misused in src/).
 */

export interface Layout {
  /** Wider than the window: the page scrolls sideways. */
  scrollWidth: number;
  clientWidth: number;
  /** Where the chat begins: the height the header and the intro take. */
  chatTop: number;
  /** Card texts cut short ("Données administratives (INA…"). */
  truncated: string[];
  /** Controls smaller than 24 × 24 px (WCAG 2.2 target size), as "label: w×h". */
  smallTargets: string[];
  /** NISS and INAMI numbers drawn on more than one line. */
  brokenNumbers: string[];
}

const LAYOUT = `(() => {
  // Web Chat's live region repeats each message for screen readers, in a transparent 1 px box: not a target.
  const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.webchat__live-region-activity'); };
  const name = (e) => e.getAttribute('aria-label') || e.getAttribute('placeholder') || e.textContent.trim().slice(0, 40) || e.tagName;
  const cut = (e) => e.scrollWidth > e.clientWidth + 1 || (getComputedStyle(e).textOverflow === 'ellipsis' && getComputedStyle(e).whiteSpace === 'nowrap');
  const texts = [...document.querySelectorAll('#webchat .ac-adaptiveCard label, #webchat .ac-pushButton > div, #webchat .webchat__suggested-action')];
  const controls = [...document.querySelectorAll('button, select, input, a[href]')].filter(visible);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    chatTop: Math.round(document.getElementById('webchat').getBoundingClientRect().top),
    truncated: texts.filter(visible).filter(cut).map(name),
    smallTargets: controls.map((e) => [name(e), e.getBoundingClientRect()]).filter(([, r]) => r.width < 24 || r.height < 24)
      .map(([n, r]) => n + ': ' + Math.round(r.width) + 'x' + Math.round(r.height)),
    brokenNumbers: [...document.querySelectorAll('.sesame-number')].filter(visible)
      .filter((s) => new Set([...s.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((s) => s.textContent),
  };
})()`;

export const layoutOf = (page: Page): Promise<Layout> => page.evaluate<Layout>(LAYOUT);

export interface Focused {
  tag: string;
  type: string;
  /** Its accessible label, placeholder or text. */
  label: string;
  checked: boolean;
  /** Inside the most recent card of the transcript. */
  inLastCard: boolean;
  sendBox: boolean;
}

const FOCUSED = `(() => {
  const e = document.activeElement;
  const cards = document.querySelectorAll('#webchat .ac-adaptiveCard');
  return {
    tag: e.tagName.toLowerCase(),
    type: e.getAttribute('type') || '',
    label: e.getAttribute('aria-label') || e.getAttribute('placeholder') || e.textContent.trim().slice(0, 60),
    checked: !!e.checked,
    inLastCard: cards.length > 0 && cards[cards.length - 1].contains(e),
    sendBox: e.getAttribute('data-id') === 'webchat-sendbox-input',
  };
})()`;

export const focusedOn = (page: Page): Promise<Focused> => page.evaluate<Focused>(FOCUSED);

/** Waits until focus settles where `expected` says (focus moves a frame or two after the reply shows). */
export async function focusWhere(page: Page, expected: (f: Focused) => boolean, timeoutMs = 5000): Promise<Focused> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const f = await focusedOn(page);
    if (expected(f) || Date.now() > until) return f;
    await page.waitForTimeout(50);
  }
}
