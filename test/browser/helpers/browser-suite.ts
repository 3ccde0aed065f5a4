import type { Browser } from 'playwright-core';
import { launchBrowser, skipWithoutChromium } from './browser.js';
import { startBrowserApp, type BrowserApp } from './browser-app.js';

/**
 * The hooks every browser suite shares: a generous timeout (a browser walks through several pages,
 * far longer than an API call, more so on a busy machine), the real app on an ephemeral port and
 * the shared chromium. The suite skips with a note when chromium is missing. `onStart` hands the
 * app and browser to the suite's own variables once `before` has run.
 */
export function runInBrowser(
  suite: Mocha.Suite,
  onStart: (started: { app: BrowserApp; browser: Browser }) => void,
  options?: Parameters<typeof startBrowserApp>[0],
): void {
  suite.timeout(120_000);
  let app: BrowserApp | undefined;
  before(async function () {
    skipWithoutChromium(this);
    app = await startBrowserApp(options);
    onStart({ app, browser: await launchBrowser() });
  });
  after(async () => {
    await app?.close();
  });
}
