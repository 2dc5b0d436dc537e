import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.VONK_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that phones home (the network here is closed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
