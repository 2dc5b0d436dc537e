// Browser tests need Debian's Chromium (no browser downloads on this network). Install it
// when it is missing and we may (root with apt-get); otherwise stop and say how — never skip.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const chromiumPath = process.env.VONK_CHROMIUM ?? '/usr/bin/chromium';

if (fs.existsSync(chromiumPath)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("Chromium is missing; installing Debian's chromium package for the browser tests…");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('Installing chromium with apt-get failed; see the output above.');
    process.exit(1);
  }
  if (fs.existsSync(chromiumPath)) process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${chromiumPath}.\n` +
    'Install it with:  sudo apt-get install chromium   (Debian/Ubuntu)\n' +
    'or point VONK_CHROMIUM at a Chromium binary, then run the tests again.',
);
process.exit(1);
