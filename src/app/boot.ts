/**
 * The page's entry. index.html already holds the header and a loading line; the app's script is
 * requested only once that has been painted, so the first paint never waits for the script,
 * which on a slow connection is what takes longest. The stylesheet comes with this entry so that
 * first paint is styled.
 */
import './styles.css';

let started = false;

function start(): void {
  if (started) return;
  started = true;
  import('./main').catch(() => {
    const line = document.querySelector('#root .notice');
    if (!line) return;
    line.textContent = 'Versus could not load its script. Check the connection and reload the page.';
    line.className = 'notice notice-error';
    line.setAttribute('role', 'alert');
  });
}

// After the next frame; the timer also starts the app in a background tab, where frames wait.
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 200);
