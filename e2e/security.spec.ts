import { expect, test } from '@playwright/test';

test('the Content-Security-Policy blocks an injected inline script', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Monthly cost' })).toBeVisible();
  expect(violations, 'the app itself must not trip its own policy').toEqual([]);

  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; blocked: string | null }>((resolve) => {
        let blocked: string | null = null;
        document.addEventListener('securitypolicyviolation', (event) => {
          blocked = event.violatedDirective;
        });
        const script = document.createElement('script');
        script.textContent = 'window.__versusInjected = true;';
        document.head.appendChild(script);
        setTimeout(
          () => resolve({ ran: (window as unknown as Record<string, unknown>).__versusInjected === true, blocked }),
          200,
        );
      }),
  );
  expect(outcome.ran).toBe(false);
  expect(outcome.blocked).toMatch(/script-src/);
});

test('an inline event handler in injected markup does not run either', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Monthly cost' })).toBeVisible();
  const ran = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const holder = document.createElement('div');
        holder.innerHTML =
          '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.__versusHandler = true">';
        document.body.appendChild(holder);
        setTimeout(() => resolve((window as unknown as Record<string, unknown>).__versusHandler === true), 300);
      }),
  );
  expect(ran).toBe(false);
});
