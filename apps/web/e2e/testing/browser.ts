import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Screenshots of the main pages, kept as test artifacts (git-ignored). */
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile on the server, in UTC so that moments typed in read the same everywhere. */
export function newVisitor(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    timezoneId: 'UTC',
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
}

/** Signs in with the embedded demo's token for a role, from the sign-in page's choice of roles. */
export async function signInAs(page: Page, role: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: role.replace(/-/g, ' '), exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Moves to a page of the app by its address (the fragment): within the document, as a link does. */
export async function visit(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
}

export interface Violation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly targets: readonly string[];
}

/** WCAG 2.2 AA as axe checks it: the serious and critical violations on the page as it stands. */
export async function seriousAccessibilityViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
