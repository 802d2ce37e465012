import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser-path.mjs';

const executablePath = findChromium();
// E2E_PORT lets several checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A trace snapshots the whole page at every action, which on this page's size doubles the cost of a key press:
    // the first attempt runs without one, and a retry records what went wrong.
    trace: 'on-first-retry',
    headless: true,
    launchOptions: executablePath ? { executablePath } : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build, as `npm start` serves it; `npm test` builds it just before.
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
