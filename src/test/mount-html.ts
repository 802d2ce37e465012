/** Puts raw markup into the test document, as a page would hold it; the setup empties the body after each test. */
export function mountHtml(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}
