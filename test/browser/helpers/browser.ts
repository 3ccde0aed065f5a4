import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect } from 'chai';
import { chromium, type Browser, type Locator, type Page, type Request } from 'playwright-core';
import { focusedElement, pageProblems } from './page-checks.js';

export const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = new URL('../screenshots/', import.meta.url);
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Skips the suite, visibly, where Debian's chromium is not installed (CI installs it). */
export function skipWithoutChromium(suite: Mocha.Context): void {
  if (existsSync(CHROMIUM)) return;
  console.log(`    note: ${CHROMIUM} is missing; browser tests are skipped (apt-get install chromium)`);
  suite.skip();
}

let shared: Promise<Browser> | undefined;

/** One headless chromium for every browser test file (each page gets its own browser context);
 * it closes after the last test. */
export function launchBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
  return shared;
}

// Registered at load time, outside any describe: a root hook, run once after all test files.
after(async () => {
  if (shared) await (await shared).close();
});

// Generous: CI runs two whole suites at once on two cores, and a Node 24 run once spent over 10 s
// from "register" to the next step, and another 20 s on the sign-up page. A wait that passes costs
// nothing, and a failed one says what the page showed; the suites' own timeout is 120 s.
const WAIT_MS = 45_000;

const describeCall = (request: Request, outcome: string) => `${request.method()} ${new URL(request.url()).pathname} → ${outcome}`;

/** An answer's status and, for a refusal, its problem's code (`422 raw_card_data_refused`): the status alone does not say why. */
async function outcomeOf(request: Request): Promise<string> {
  const response = await request.response();
  if (!response) return '?';
  if (response.status() < 400) return String(response.status());
  const problem = (await response.json().catch(() => ({}))) as { code?: unknown };
  return typeof problem.code === 'string' ? `${response.status()} ${problem.code}` : String(response.status());
}

/** A page as a person uses it: finds things by their label, role and text, and reads what is shown.
 * Every `check` runs axe-core on the page as it is and saves a screenshot. */
export class Person {
  readonly problems: string[] = [];
  private shots = 0;
  /** The page's own API calls still waiting for an answer (fetch only: documents and assets are not what a view waits on). */
  private readonly inFlight = new Set<Request>();
  /** The page's last API calls and how each ended, for the message when a wait fails. */
  private readonly calls: string[] = [];

  constructor(
    readonly page: Page,
    private readonly name: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(message.text());
    });
    page.on('pageerror', (error) => this.problems.push(error.message));
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch') this.inFlight.add(request);
    });
    // Only what `inFlight` held is an API call.
    page.on('requestfinished', (request) => {
      if (this.inFlight.delete(request)) void outcomeOf(request).catch(() => '? (the page closed first)').then((outcome) => this.noteCall(request, outcome));
    });
    page.on('requestfailed', (request) => {
      if (this.inFlight.delete(request)) this.noteCall(request, `failed: ${request.failure()?.errorText ?? '?'}`);
    });
  }

  private noteCall(request: Request, outcome: string): void {
    this.calls.push(describeCall(request, outcome));
    if (this.calls.length > 8) this.calls.shift();
  }

  /** Waits until the page has no request in flight and has drawn what the answers said. */
  async settled(): Promise<void> {
    for (let round = 0; round < 50; round += 1) {
      if (this.inFlight.size === 0) {
        await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        if (this.inFlight.size === 0) return;
      }
      await this.page.waitForEvent('requestfinished', { timeout: WAIT_MS }).catch(() => undefined);
    }
  }

  /** Presses a button that does something, waits for the page to finish, and fails when the
   * keyboard focus fell to <body> (the person would have to start over from the top). */
  async act(name: string | RegExp, within?: Locator): Promise<void> {
    await this.press(name, within);
    await this.settled();
    // The answers are in; the page moves the focus as it draws them. It must land somewhere.
    await this.page
      .waitForFunction(() => document.activeElement && document.activeElement !== document.body && !document.querySelector('[aria-busy="true"]'), undefined, { timeout: WAIT_MS })
      .catch(() => undefined);
    expect(await focusedElement(this.page), `focus after "${name}"`).to.not.equal(null);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  async fill(label: string | RegExp, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async choose(label: string | RegExp, option: string | RegExp): Promise<void> {
    const select = this.field(label);
    const options = await select.locator('option').allTextContents();
    const match = options.find((text) => (typeof option === 'string' ? text === option : option.test(text)));
    if (!match) throw new Error(`no option ${option} in ${label}: ${options.join(' | ')}`);
    await select.selectOption({ label: match });
  }

  /** Picks an option by its value, for lists whose labels do not say enough (the test cards). */
  async chooseValue(label: string | RegExp, value: string): Promise<void> {
    await this.field(label).selectOption({ value });
  }

  /** Waits until `target` shows exactly `text` (the page draws it again after an answer). */
  async seesExactly(target: Locator, text: string): Promise<void> {
    await target.waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.page
      .waitForFunction(([node, wanted]) => (node as HTMLElement | null)?.innerText.trim() === wanted, [await target.elementHandle(), text] as const, { timeout: WAIT_MS })
      .catch(async (error: Error) => {
        throw new Error(`${error.message.split('\n')[0]}\n--- expected ${JSON.stringify(text)}, shown: ${JSON.stringify(await target.innerText().catch(() => '(gone)'))}`);
      });
  }

  button(name: string | RegExp, within?: Locator): Locator {
    return (within ?? this.page).getByRole('button', { name, exact: typeof name === 'string' });
  }

  async press(name: string | RegExp, within?: Locator): Promise<void> {
    await this.button(name, within).click();
  }

  /** Waits until `text` is shown somewhere on the page (a person would read it). */
  async sees(text: string | RegExp, within?: Locator): Promise<Locator> {
    return this.waitShown((within ?? this.page).getByText(text).filter({ visible: true }).first());
  }

  async heading(name: string | RegExp): Promise<Locator> {
    return this.waitShown(this.page.getByRole('heading', { name }).first());
  }

  /** Waits for `found`; when it never shows, says what the person saw instead, so a failure in CI
   * explains itself. */
  private async waitShown(found: Locator): Promise<Locator> {
    await found.waitFor({ state: 'visible', timeout: WAIT_MS }).catch(async (error: Error) => {
      // The page's text without the country lists, which would fill the message; its address; and
      // the API calls it made last, still waiting or answered how.
      const shown = await this.page
        .evaluate(() => {
          const options = new Set([...document.querySelectorAll('option')].map((option) => option.text.trim()));
          return `${location.href}\n${document.body.innerText.split('\n').filter((line) => !options.has(line.trim())).join('\n')}`;
        })
        .catch(() => '(page gone)');
      const waiting = [...this.inFlight].map((request) => describeCall(request, 'no answer yet'));
      throw new Error(`${error.message.split('\n')[0]}\n--- the page showed instead ---\n${shown.slice(0, 2000)}\n--- its last API calls ---\n${[...this.calls, ...waiting].join('\n') || '(none)'}`);
    });
    return found;
  }

  /** Waits until the keyboard focus is on `target`, as it is after the page moves it there. */
  async focusMovesTo(target: Locator): Promise<void> {
    await target.waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.page.waitForFunction((node) => node === document.activeElement, await target.elementHandle(), { timeout: WAIT_MS });
  }

  /** The visible text of the page's main content. */
  text(): Promise<string> {
    return this.page.locator('main').innerText();
  }

  /** The accessible name or text of whatever has the keyboard focus. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const node = document.activeElement as HTMLElement | null;
      if (!node) return '';
      const labelled = node.id ? document.querySelector(`label[for="${CSS.escape(node.id)}"]`)?.textContent : null;
      return (node.getAttribute('aria-label') ?? labelled ?? node.textContent ?? '').trim();
    });
  }

  /** axe-core on the page as it is now: no violation of any impact (minor ones too); then a screenshot. */
  async check(state: string): Promise<void> {
    const t0 = Date.now();
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(await axeSource);
    const violations = await this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
      // Only violations are needed: skipping the passes' bookkeeping makes a run several times faster.
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    this.shots += 1;
    await this.page.screenshot({ path: new URL(`${this.name}-${String(this.shots).padStart(2, '0')}-${state.replace(/[^a-z0-9]+/gi, '-')}.png`, SCREENSHOTS).pathname, fullPage: true });
    if (process.env.BROWSER_TIMING) console.log(`      check ${state}: ${Date.now() - t0} ms`);
    expect(violations, `accessibility of "${state}"`).to.deep.equal([]);
    expect(await pageProblems(this.page), `"${state}" as a person meets it`).to.deep.equal([]);
  }

  /** No script error and no Content-Security-Policy violation happened on the page. */
  expectNoProblems(): void {
    expect(this.problems.filter((problem) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(problem))).to.deep.equal([]);
  }
}
