import type { Page } from 'playwright-core';

/** Text a customer must never read: API paths, resource ids, the API's units. */
export const DEVELOPER_TEXT = /\/v1\/|card_[A-Za-z0-9]{6}|minor units/;

/**
 * What is wrong with the page as a person meets it, beyond axe-core: sideways scrolling (a phone
 * at 390 px must not need it) and, on a customer page, developer text anywhere in what is shown
 * or announced (text, aria-labels, titles, option labels). Empty when all is well.
 */
export async function pageProblems(page: Page): Promise<string[]> {
  const path = new URL(page.url()).pathname;
  const customer = path === '/' || path.startsWith('/pay/');
  return page.evaluate(
    ({ source, customer }) => {
      const problems: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1) {
        // Name the widest culprits, leaving out what sits in its own sideways scroller.
        const clipped = (node: Element) => { for (let up = node.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== 'visible') return true; return false; };
        const wide = [...document.querySelectorAll('body *')].filter((node) => node.getBoundingClientRect().right > root.clientWidth + 1 && !clipped(node)).slice(-3);
        problems.push(`scrolls sideways at ${root.clientWidth} px (${root.scrollWidth} px wide): ${wide.map((node) => `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${String(node.className).replace(/ /g, '.')}` : ''}>`).join(', ')}`);
      }
      if (customer) {
        const developer = new RegExp(source);
        const shown = [document.title, document.body.innerText, ...[...document.querySelectorAll('[aria-label], [title]')].map((node) => `${node.getAttribute('aria-label') ?? ''} ${node.getAttribute('title') ?? ''}`)];
        for (const text of shown) {
          const match = developer.exec(text);
          if (match) problems.push(`developer text on a customer page: "${text.slice(Math.max(0, match.index - 60), match.index + 60)}"`);
        }
      }
      return problems;
    },
    { source: DEVELOPER_TEXT.source, customer },
  );
}

/** Where the keyboard focus is, or null when it fell to <body> (or nowhere). */
export function focusedElement(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const node = document.activeElement;
    if (!node || node === document.body || node === document.documentElement) return null;
    return `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}> ${(node.getAttribute('aria-label') ?? node.textContent ?? '').trim().slice(0, 80)}`;
  });
}
