import type { Page } from 'playwright-core';

/** How far a keyboard user would tab before giving up on finding a control. */
const MOST_TABS = 150;

/**
 * Presses Tab until the focused element's text (or accessible label) matches, as a keyboard user
 * moves through a page; fails when the control cannot be reached that way.
 */
export async function pressTabUntil(page: Page, target: string | RegExp): Promise<void> {
  for (let presses = 0; presses < MOST_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = page.locator(':focus');
    if ((await focus.count()) === 0) continue;
    const focused = ((await focus.getAttribute('aria-label')) ?? (await focus.innerText())).trim();
    if (typeof target === 'string' ? focused === target : target.test(focused)) return;
  }
  throw new Error(`${String(target)} cannot be reached with the Tab key`);
}
