import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchChromium,
  newVisitor,
  saveScreenshot,
  seriousAccessibilityViolations,
  signInAs,
  visit,
} from './testing/browser';
import { type DemoServer, startDemoServer } from './testing/demo-server';
import { pressTabUntil } from './testing/keyboard';
import { verifyEvidenceBundle } from '@concordat/audit';
import { readBundleDirectory } from '../../cli/src/commands/evidence-bundle-directory';

// A real browser on a shared machine: a flow of several pages can take well over Jest's minute.
jest.setTimeout(180_000);

const ORKNEY = '#/orkney-cpp';
const NHS_WARM_HOMES = /Open the commitments of NHS Orkney: Warm homes/;
const NHS_SMOKE_FREE = /Open the commitments of NHS Orkney: Healthier lives: fewer people smoke/;

/**
 * The board's web app in a real browser (Debian's Chromium, driven by Playwright) against the API
 * on the embedded store with the Orkney demo, as `npm start` serves it.
 */
describe('the web app', () => {
  let server: DemoServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function openPage(): Promise<Page> {
    const context = await newVisitor(browser, server.url);
    contexts.push(context);
    return context.newPage();
  }

  const matrixCell = (page: Page, name: RegExp) => page.getByRole('button', { name });

  it('is served at / and offers every demo role', async () => {
    const page = await openPage();
    const response = await page.goto('/');
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.getByRole('heading', { level: 1, name: 'Sign in to Concordat' }).waitFor();
    const roles = await page
      .getByRole('region', { name: 'Try the demo as' })
      .getByRole('button')
      .allTextContents();
    expect(roles.sort()).toEqual(
      [
        'auditor',
        'board chair',
        'board member',
        'government official',
        'partner representative',
        'partnership officer',
        'platform admin',
        'public',
      ].sort(),
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-in');
  });

  it.each([
    ['board-member', ['Meetings and decisions'], ['Propose a commitment']],
    ['board-chair', ['Meetings and decisions'], ['Propose a commitment']],
    ['partnership-officer', ['Propose a commitment'], []],
    ['partner-representative', ['Propose a commitment'], []],
    ['auditor', ['Audit'], ['Propose a commitment']],
    ['government-official', ['Accountability matrix'], ['Propose a commitment']],
    ['platform-admin', ['Accountability matrix'], ['Propose a commitment']],
  ])('signs in as %s and offers only what the role may use', async (role, offered, withheld) => {
    const page = await openPage();
    await signInAs(page, role);
    await page.getByRole('link', { name: 'Orkney Community Planning Partnership' }).click();
    // Waits for the page to render its heading: the link's target renders after the click.
    await page
      .getByRole('heading', { level: 1, name: 'Orkney Community Planning Partnership' })
      .waitFor();
    const navigation = page.getByRole('navigation', { name: 'Main' });
    for (const link of offered)
      expect(await navigation.getByRole('link', { name: link }).count()).toBe(1);
    for (const link of withheld)
      expect(await navigation.getByRole('link', { name: link }).count()).toBe(0);
  });

  it('shows the public the agreed agreement and nothing of the partnership', async () => {
    const page = await openPage();
    await signInAs(page, 'public');
    await page.getByRole('link', { name: 'Orkney Single Outcome Agreement 2008-11' }).click();
    await page
      .getByRole('heading', { name: 'Orkney Single Outcome Agreement 2008-11', level: 1 })
      .waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(
      await page.getByRole('link', { name: 'Propose a commitment toward this outcome' }).count(),
    ).toBe(0);
  });

  it('reads the accountability matrix and opens the commitments behind a cell', async () => {
    const page = await openPage();
    await signInAs(page, 'board-member');
    await visit(page, `${ORKNEY}/matrix`);
    const cell = matrixCell(page, NHS_SMOKE_FREE);
    // Status in words beside its colour, and the resources pledged and delivered.
    await expect(cell.textContent()).resolves.toMatch(
      /Delivered.*Pledged £[\d,.]+, [\d.]+ FTE.*Delivered/,
    );
    await cell.click();
    const detail = page.getByRole('region', { name: /NHS Orkney: Healthier lives/ });
    await detail.getByRole('link', { name: /smoking cessation service/ }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'accountability-matrix');
  });

  it("opens a commitment's timeline from its event history", async () => {
    const page = await openPage();
    await signInAs(page, 'board-member');
    await visit(page, `${ORKNEY}/commitments/c-nhs-smoking-cessation`);
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const events = page.locator('.concordat-timeline__title');
    await events.first().waitFor();
    const titles = await events.allTextContents();
    expect(titles[0]).toBe('Proposed');
    expect(titles).toContain('Accepted by the board');
    expect(titles).toContain('Progress reported');
    await expect(
      page
        .getByText(/Under decision .* of meeting board-/)
        .first()
        .textContent(),
    ).resolves.toBeTruthy();
    expect(await page.getByRole('link', { name: /Evidence/ }).count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'commitment-timeline');
  });

  it('shows an agreement by outcome, each indicator charted against baseline and target', async () => {
    const page = await openPage();
    await signInAs(page, 'board-member');
    await visit(page, `${ORKNEY}/agreements/soa-orkney-2008-11`);
    await page.getByRole('heading', { name: 'Healthier lives: fewer people smoke' }).waitFor();
    const charts = page.locator('.concordat-chart svg[role="img"]');
    await charts.first().waitFor();
    expect(await charts.count()).toBe(11);
    await expect(charts.first().getAttribute('aria-label')).resolves.toMatch(
      /against a baseline of .* and a target of/,
    );
    expect(await page.getByText(/^(Green: on course|Amber: behind|Red: off course)$/).count()).toBe(
      11,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agreement');
  });

  it('checks every other page for accessibility', async () => {
    const page = await openPage();
    await signInAs(page, 'board-chair');
    for (const [hash, heading, screenshot] of [
      ['#/', 'Community planning partnerships', undefined],
      [ORKNEY, 'Orkney Community Planning Partnership', 'overview'],
      [`${ORKNEY}/meetings`, 'Meetings and decisions', 'meetings-and-decisions'],
      [`${ORKNEY}/changes`, 'Changes', undefined],
      [`${ORKNEY}/audit`, 'Audit', 'audit'],
    ] as const) {
      await visit(page, hash);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.getByText('Loading…').waitFor({ state: 'detached' });
      expect({ hash, violations: await seriousAccessibilityViolations(page) }).toEqual({
        hash,
        violations: [],
      });
      if (screenshot) await saveScreenshot(page, screenshot);
    }
    const officer = await openPage();
    await signInAs(officer, 'partnership-officer');
    await visit(officer, `${ORKNEY}/propose`);
    await officer.getByRole('button', { name: 'Propose the commitment' }).waitFor();
    expect(await seriousAccessibilityViolations(officer)).toEqual([]);
  });

  it('proposes and accepts a commitment, seen live in a second page, and travels back before it', async () => {
    const watcher = await openPage();
    await signInAs(watcher, 'board-member');
    await visit(watcher, `${ORKNEY}/matrix`);
    await matrixCell(watcher, NHS_SMOKE_FREE).waitFor();
    expect(await matrixCell(watcher, NHS_WARM_HOMES).count()).toBe(0);
    const beforeProposal = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000);

    // NHS Orkney's representative proposes; the server's validation shows beside the field.
    const representative = await openPage();
    await signInAs(representative, 'partner-representative');
    await visit(representative, `${ORKNEY}/propose`);
    const proposal = representative.locator('form');
    await proposal
      .getByLabel('Toward the local outcome')
      .selectOption({ label: 'Warm homes: fewer households in fuel poverty' });
    await proposal.getByRole('button', { name: 'Propose the commitment' }).click();
    await representative.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(representative.locator('#propose-action-error').textContent()).resolves.toMatch(
      /action must be longer than or equal to 1 characters/,
    );
    await proposal
      .getByLabel('What the partner will do')
      .fill(
        'Fit draught-proofing in 300 isles homes with a resident on a health visitor caseload.',
      );
    await proposal.getByLabel('Due by').fill('2027-03-31');
    await proposal.getByLabel('Accountable officer').fill('Dr Ellen Isbister');
    await proposal.getByLabel('Their role').fill('Director of Public Health');
    await proposal.getByLabel('Staff time (full-time equivalent)').fill('0.5');
    await proposal.getByRole('button', { name: 'Propose the commitment' }).click();
    await representative.waitForURL(/#\/orkney-cpp\/commitments\/c-/);
    const commitmentHash = new URL(representative.url()).hash;

    // The watcher's page changes only when the live update arrives.
    await matrixCell(watcher, NHS_WARM_HOMES).filter({ hasText: 'Proposed' }).waitFor();
    await watcher
      .getByRole('status')
      .filter({ hasText: 'Updated live: CommitmentProposed' })
      .waitFor();

    // The chair records the meeting, the board's decision, and the acceptance under it.
    const chair = await openPage();
    await signInAs(chair, 'board-chair');
    await visit(chair, `${ORKNEY}/meetings`);
    const meeting = chair.getByRole('region', { name: 'Record a board meeting' });
    await meeting.getByLabel('Date of the meeting').fill(new Date().toISOString().slice(0, 10));
    await meeting.getByLabel('Where it met').fill('Council Chamber, Kirkwall');
    for (const member of [
      'Cllr Inga Flett (chair)',
      'Morag Tulloch',
      'Grant Scott',
      'Fiona Groat',
    ]) {
      // The design system draws the box over the input: people click its label.
      await meeting.getByText(member, { exact: true }).click();
    }
    await meeting.getByRole('button', { name: 'Record the meeting' }).click();
    await chair.getByRole('heading', { name: /, Council Chamber, Kirkwall$/ }).waitFor();
    const decision = chair.getByRole('region', { name: 'Record a decision' });
    await decision.getByLabel('About the proposed commitment').selectOption({
      label:
        'Fit draught-proofing in 300 isles homes with a resident on a health visitor caseload. (NHS Orkney)',
    });
    await decision
      .getByLabel('Why')
      .fill('Targets the households the fuel poverty indicator misses.');
    await decision.getByLabel('Votes for').fill('4');
    await decision.getByLabel('What is to be done').fill('Report the first fittings to the board');
    await decision.getByLabel('Due by').fill('2027-01-31');
    await decision.getByLabel('Owned by').selectOption({ label: 'NHS Orkney' });
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await chair
      .getByText('Targets the households the fuel poverty indicator misses.', { exact: false })
      .last()
      .waitFor();
    await chair
      .getByText('Action: Report the first fittings to the board, owner NHS Orkney, due 2027-01-31')
      .waitFor();
    await visit(chair, commitmentHash);
    await chair.getByRole('button', { name: 'Accept the commitment' }).click();
    await chair.locator('.ds_summary-list').getByText('Accepted', { exact: true }).waitFor();

    await matrixCell(watcher, NHS_WARM_HOMES).filter({ hasText: 'Accepted' }).waitFor();
    await expect(matrixCell(watcher, NHS_WARM_HOMES).textContent()).resolves.not.toContain(
      'Proposed',
    );

    // The representative reports it at risk: the rule asks for evidence, beside that field.
    await visit(representative, commitmentHash);
    const progress = representative.getByRole('region', { name: 'Report progress' });
    await progress.getByLabel('Period from').fill('2026-04-01');
    await progress.getByLabel('Period to').fill('2026-06-30');
    await progress
      .getByLabel('How it is going')
      .selectOption({ label: 'At risk (needs evidence)' });
    await progress
      .getByLabel('What happened')
      .fill('Fitters booked for the North Isles only from July.');
    await progress.getByRole('button', { name: 'Report progress' }).click();
    await expect(
      representative.locator('#progress-evidenceUrl-error').textContent(),
    ).resolves.toMatch(/needs a link to the evidence/);
    await progress
      .getByLabel('Link to the evidence')
      .fill('https://www.orkney.gov.uk/fuel-poverty-q1');
    await progress.getByRole('button', { name: 'Report progress' }).click();
    await matrixCell(watcher, NHS_WARM_HOMES).filter({ hasText: 'At risk' }).waitFor();
    await representative.locator('.concordat-reports').getByText('At risk').waitFor();

    // As the record stood before the proposal, the cell is empty again; back to now, it is not.
    await watcher
      .getByLabel('Show the record as it stood at')
      .fill(beforeProposal.toISOString().slice(0, 19));
    await watcher.getByRole('button', { name: 'Show that moment' }).click();
    await watcher.getByText(/^Showing the record as it stood at /).waitFor();
    await matrixCell(watcher, NHS_SMOKE_FREE).waitFor();
    expect(await matrixCell(watcher, NHS_WARM_HOMES).count()).toBe(0);
    await watcher.getByRole('button', { name: 'Back to now' }).click();
    await matrixCell(watcher, NHS_WARM_HOMES).filter({ hasText: 'At risk' }).waitFor();

    // The agreement as it stood then lists no such commitment toward warm homes; now it does.
    const draughtProofing = { name: /^Fit draught-proofing in 300 isles homes/ };
    await visit(
      watcher,
      `${ORKNEY}/agreements/soa-orkney-2008-11?asOf=${beforeProposal.toISOString()}`,
    );
    const warmHomesThen = watcher.getByRole('article', { name: /^Warm homes/ });
    await warmHomesThen.getByRole('heading', { name: 'Commitments toward this outcome' }).waitFor();
    expect(await warmHomesThen.getByRole('link', draughtProofing).count()).toBe(0);
    await visit(watcher, `${ORKNEY}/agreements/soa-orkney-2008-11`);
    await watcher
      .getByRole('article', { name: /^Warm homes/ })
      .getByRole('link', draughtProofing)
      .waitFor();

    // What changed since then: who did what, and under which decision.
    await visit(watcher, `${ORKNEY}/changes?from=${beforeProposal.toISOString()}`);
    const changes = watcher.getByRole('region', { name: 'Changes between the two moments' });
    const proposed = changes.getByRole('row', { name: /CommitmentProposed/ });
    await expect(proposed.textContent()).resolves.toContain('user:demo-partner-representative');
    const accepted = changes.getByRole('row', { name: /CommitmentAccepted/ });
    await expect(accepted.textContent()).resolves.toMatch(/user:demo-board-chair.*decision d-/);
  });

  it('downloads the annual report as HTML and as CSV', async () => {
    const page = await openPage();
    await signInAs(page, 'auditor');
    await visit(page, `${ORKNEY}/audit`);
    const form = page.getByRole('region', { name: 'Annual progress report' });
    await form.getByLabel('Reporting year').selectOption({ label: '2009-10' });
    for (const [format, expected] of [
      ['HTML (to read or print)', /<html[\s\S]*Orkney/],
      ['CSV (for a spreadsheet)', /Orkney/],
    ] as const) {
      await form.getByLabel('Format').selectOption({ label: format });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        form.getByRole('button', { name: 'Download the report' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^annual-report-soa-orkney-2008-11-2009\.(html|csv)$/,
      );
      await expect(readFile(await download.path(), 'utf8')).resolves.toMatch(expected);
    }
  });

  it('downloads the evidence bundle as the auditor, which verifies offline; offers it to no board member', async () => {
    const member = await openPage();
    await signInAs(member, 'board-member');
    await visit(member, `${ORKNEY}/audit`);
    await expect(
      member.getByRole('region', { name: 'Evidence bundle' }).textContent(),
    ).resolves.toMatch(/Auditors and platform administrators may download it/);

    const page = await openPage();
    await signInAs(page, 'auditor');
    const button = await untilEvidenceOffered(page);
    const keyId = /with key (\S+)\./.exec((await page.textContent('main')) ?? '')?.[1];
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('evidence-orkney-cpp.tar.gz');
    const directory = await mkdtemp(join(tmpdir(), 'concordat-web-evidence-'));
    try {
      await promisify(execFile)('tar', ['-xzf', await download.path(), '-C', directory]);
      const verification = verifyEvidenceBundle(
        await readBundleDirectory(join(directory, 'evidence-orkney-cpp')),
      );
      expect(verification).toMatchObject({ partnershipId: 'orkney-cpp', keyId, problems: [] });
      expect(verification.events).toBeGreaterThan(100);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('can be used with the keyboard alone', async () => {
    const page = await openPage();
    await page.goto('/');
    await pressTabUntil(page, 'board member');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Orkney Community Planning Partnership' }).waitFor();
    await pressTabUntil(page, 'Orkney Community Planning Partnership');
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { name: 'Orkney Community Planning Partnership', level: 1 })
      .waitFor();
    await pressTabUntil(page, 'Accountability matrix');
    await page.keyboard.press('Enter');
    await matrixCell(page, NHS_SMOKE_FREE).waitFor();
    await pressTabUntil(page, /^Open the commitments of NHS Orkney: Healthier lives/);
    await page.keyboard.press('Enter');
    // The commitments behind the cell open below the table, and the focus moves to them.
    await page.locator('#cell-commitments:focus').waitFor();
    await page.getByRole('link', { name: /smoking cessation service/ }).waitFor();
    await pressTabUntil(page, /smoking cessation service/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.locator('h1:focus').waitFor();
  });
});

/**
 * The audit page, once the demo's first checkpoint is signed (an interval after start) and the
 * page shows it: the button that downloads the evidence bundle.
 */
async function untilEvidenceOffered(page: Page) {
  const button = page.getByRole('button', { name: 'Download the evidence bundle' });
  await visit(page, `${ORKNEY}/audit`);
  for (let attempt = 1; ; attempt += 1) {
    await page.getByRole('heading', { name: 'Evidence bundle' }).waitFor();
    if ((await button.count()) === 1) return button;
    if (attempt === 30) throw new Error('the demo signed no checkpoint in 15 seconds');
    await page.waitForTimeout(500);
    await page.reload();
  }
}
