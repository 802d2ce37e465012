/**
 * Makes sure a Chromium exists before the end-to-end tests: uses one that is present, or, on a
 * Debian machine where apt-get can run, installs Debian's chromium. Exits non-zero with a clear
 * message otherwise.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './browser-path.mjs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

let browser = findChromium();
if (!browser) {
  if (!has('apt-get')) {
    console.error(
      'No Chromium found. Set CHROMIUM_PATH, run `npx playwright install chromium`, or install a chromium package.',
    );
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian chromium (apt-get)...');
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation`);
  browser = findChromium();
  if (!browser) {
    console.error('chromium was installed but no executable was found at /usr/bin/chromium.');
    process.exit(1);
  }
}
console.log(`End-to-end tests use ${browser}`);
