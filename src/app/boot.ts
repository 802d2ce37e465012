/**
 * The page's entry. index.html already holds the header and a loading line, and the default
 * comparison prerendered at build time, which goes on screen at once when the page opens on it
 * (src/app/first-view.ts). The app's script is requested only once that has been painted, so the
 * first paint never waits for the script, which on a slow connection is what takes longest. The
 * first view's catalog files are requested alongside it (src/catalog/early-requests.ts): they
 * then arrive and are parsed while the script is still being compiled and run. The stylesheet
 * comes with this entry so that first paint is styled.
 */
import { requestFirstViewEarly } from '../catalog/early-requests';
import { readAddress } from '../state/address';
import { expectFirstFigures, hideFirstView, showFirstView } from './first-view';
import './styles.css';

let started = false;

/**
 * React DOM first and the rest of the app's script in a later task: compiling and running all of
 * it at once held the main thread for one long task, in two the browser can paint and take input
 * in between. Both are preloaded with the page, so the split costs no extra round trip.
 */
const loadApp = () =>
  import('react-dom/client').then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(() => import('./main'));

function start(): void {
  if (started) return;
  started = true;
  loadApp().catch(() => {
    hideFirstView();
    const line = document.querySelector('#root .notice');
    if (!line) return;
    line.textContent = 'Versus could not load its script. Check the connection and reload the page.';
    line.className = 'notice notice-error';
    line.setAttribute('role', 'alert');
  });
}

const address = readAddress();
// A link's figures come from a module of their own, requested at once beside the app's script.
if (!showFirstView(address))
  expectFirstFigures(import('./first-figures').then(({ showLinkFigures }) => showLinkFigures(address)));
// At once: the worker runs on a thread of its own, so it does not hold up the first paint.
requestFirstViewEarly(address);
// The app after the next frame; the timer also starts the app in a background tab, where frames wait.
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 200);
