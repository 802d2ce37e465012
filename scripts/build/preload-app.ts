import type { Rolldown } from 'vite';
import type { Plugin } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The chunk built from `module`, and every chunk it imports statically. */
function chunkGraph(bundle: OutputBundle, module: string): OutputChunk[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const root = chunks.find((c) => c.facadeModuleId?.endsWith(module));
  if (!root) throw new Error(`No chunk is built from ${module}.`);
  const found = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (found.has(chunk.fileName)) return;
    found.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(root);
  return [...found.values()];
}

/**
 * Preload links for the app's script, which the page's entry imports only after the first
 * paint: the download then starts with the page's, in parallel with the entry, and the script
 * is ready to run the moment the entry asks for it. Preloading neither runs the script nor
 * blocks rendering, so the first paint still never waits for it. The app's styles (a kB or two)
 * are linked as stylesheets outright: the prerendered comparison the entry may show at first
 * paint (src/app/first-view.ts) needs them, and the app's script finds them already in place.
 */
export function preloadApp(appModule: string): Plugin {
  return {
    name: 'versus-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return [];
        const inEntry = new Set(chunkGraph(bundle, entry.facadeModuleId ?? '').map((c) => c.fileName));
        const app = chunkGraph(bundle, appModule).filter((c) => !inEntry.has(c.fileName));
        const styles = app.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]);
        return [
          ...app.map((c) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${c.fileName}` },
            injectTo: 'head' as const,
          })),
          ...styles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
