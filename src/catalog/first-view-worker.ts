/**
 * Downloads and parses the first view's catalog files off the main thread: the index and the
 * detail files of the models the page opens with. JSON.parse and the schema check of a
 * thousand-odd models are the longest work of the first view; here they run while the app's
 * script is still arriving and starting. Its name is the AddressSnapshot as JSON; it posts
 * WorkerMessages.
 */
import { startingCatalogModelIds, type AddressSnapshot } from '../domain/link/start';
import { fetchCatalogIndex, fetchModel, modelPath } from './api';
import type { EarlyFile, WorkerMessage } from './early-requests';

const post = (message: WorkerMessage) => self.postMessage(message);

/** JSON text, which the main thread parses faster than it would take a structured clone of the objects. */
const settle = (path: string, work: Promise<unknown>) =>
  work
    .then(
      (parsed): EarlyFile => ({ ok: true, json: JSON.stringify(parsed) }),
      (error: unknown): EarlyFile => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    .then((file) => post({ path, file }));

const ids = startingCatalogModelIds(JSON.parse(self.name) as AddressSnapshot);
post({ paths: ['index.json', ...ids.map(modelPath)] });
const models = Promise.all(ids.map((id) => settle(modelPath(id), fetchModel(id))));
// The models' files are checked and handed over first: a link's first figures wait on them
// (src/app/first-figures.tsx), and the index's parse would hold this thread for a long while.
void settle('index.json', fetchCatalogIndex(undefined, models));

// A page's first number format or collator costs tens of milliseconds while the browser loads
// its locale data, once for the whole page. Paid here, while the files download, it stays off
// the main thread, whose first render formats every figure.
new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 }).format(1);
new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1);
new Intl.Collator('en').compare('a', 'b');
