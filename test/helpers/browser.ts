import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../server/outcomes/pdf.ts';

export const chromiumPath = chromiumExecutable();

/** Debian's Chromium, headless, with the flags the PDF renderer uses (nothing phones home). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
