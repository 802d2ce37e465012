import { expect, type ConsoleMessage, type Page } from '@playwright/test';

/**
 * Everything a page raises that nobody caught: uncaught exceptions and rejections (`pageerror`)
 * and console errors. The browser's own line for a failed request ("Failed to load resource: …")
 * is left out only for the URLs a test makes fail on purpose; any other one still counts.
 */
export class PageErrors {
  private readonly raised: string[] = [];
  private readonly failing: RegExp[] = [];

  constructor(page: Page) {
    page.on('pageerror', (error) => this.raised.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error' || this.isDeliberateFailure(message)) return;
      const { url } = message.location();
      this.raised.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
    });
  }

  /** Requests to URLs matching this fail on purpose; the browser logs each one, and that is expected. */
  allowFailedRequests(url: RegExp): void {
    this.failing.push(url);
  }

  expectNone(): void {
    expect(this.raised, 'no error may go uncaught or reach the console').toEqual([]);
  }

  private isDeliberateFailure(message: ConsoleMessage): boolean {
    const { url } = message.location();
    return message.text().startsWith('Failed to load resource') && this.failing.some((pattern) => pattern.test(url));
  }
}
