/** Serves the production build in dist/ as `npm start` does, on a free port. */
import { preview } from 'vite';

export async function serveBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({ preview: { port: 4180, strictPort: false, open: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started without a local address.');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}
