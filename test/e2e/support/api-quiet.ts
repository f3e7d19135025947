// Lets a test attribute the API requests it records to its own actions: the explorer fetches in the background
// (e.g. the expand preview refreshes after an undo), and such a request from the previous test can otherwise land
// inside the next test's recording.
import type { Page, Request } from 'playwright-core';

const isApi = (request: Request) => new URL(request.url()).pathname.startsWith('/api/');

/** Resolves once no /api/ request has started or ended for `quietMs`; throws after `timeoutMs`. */
export async function waitForApiQuiet(page: Page, quietMs = 1_000, timeoutMs = 15_000): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const started = (request: Request) => {
    if (!isApi(request)) return;
    inFlight++;
    lastChange = Date.now();
  };
  const ended = (request: Request) => {
    if (!isApi(request)) return;
    inFlight--; // a request already in flight when we began ends below zero: still a change worth waiting after
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + timeoutMs;
    while (inFlight > 0 || Date.now() - lastChange < quietMs) {
      if (Date.now() > deadline) throw new Error(`API requests still going after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
