import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from '../../scripts/browser-path.mjs';

const executablePath = findChromium();
// Apart from the `vite preview` suite's port, so both can run at once.
const PORT = Number(process.env.NGINX_E2E_PORT ?? 4180);

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The production build served by nginx with deploy/nginx.conf (`npm run test:deploy`). Its specs
 * are named `*.deploy.ts`, which the `vite preview` suite (playwright.config.ts) does not match.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.deploy.ts',
  outputDir: '../../test-results/deploy',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    // nginx listens on 127.0.0.1 only.
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'on-first-retry',
    headless: true,
    launchOptions: executablePath ? { executablePath } : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The build in dist/; `npm test` makes it before.
    command: `node scripts/serve-nginx.mjs --port ${PORT} --root dist`,
    cwd: REPO,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    // The script stops nginx and removes its temporary folder on SIGTERM.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
