/**
 * Makes sure nginx exists before the deployment tests: uses one that is present, or, on a Debian
 * machine where apt-get can run, installs Debian's nginx. The package's own service is kept from
 * starting on installation where nothing else decides that (no /usr/sbin/policy-rc.d): the tests
 * run their own nginx on their own port. Exits non-zero with a clear message otherwise.
 */
import { execSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { findNginx } from './nginx-path.mjs';

const POLICY = '/usr/sbin/policy-rc.d';

const run = (command) => execSync(command, { stdio: 'inherit' });
const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

let nginx = findNginx();
if (!nginx) {
  if (!has('apt-get')) {
    console.error('No nginx found. Install nginx or set NGINX_PATH.');
    process.exit(1);
  }
  console.log('No nginx found: installing Debian nginx (apt-get)...');
  const root = process.getuid?.() === 0;
  const sudo = root ? '' : 'sudo ';
  // Exit code 101 tells invoke-rc.d that starting services is not allowed now.
  const holdService = root && !existsSync(POLICY);
  if (holdService) writeFileSync(POLICY, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx`);
  } finally {
    if (holdService) rmSync(POLICY, { force: true });
  }
  nginx = findNginx();
  if (!nginx) {
    console.error('nginx was installed but no executable was found at /usr/sbin/nginx.');
    process.exit(1);
  }
}
console.log(`Deployment tests use ${nginx}`);
