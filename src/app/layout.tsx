import type { ReactNode } from 'react';
import { ThemeToggle } from './theme-toggle';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the comparison
      </a>
      <header className="site-header">
        <h1>
          <span aria-hidden="true" className="logo">
            V
          </span>
          Versus
        </h1>
        <p className="tagline">
          Compare large language models by what they cost you, what they can do, and who says so.
        </p>
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
