import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The sideways-scrolling wrapper of a wide table. While its table is wider than the wrapper, it
 * joins the tab order as a named region, so a keyboard alone can scroll it with the arrow keys;
 * while everything fits, it adds no tab stop.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const wrapper = ref.current;
    // Without ResizeObserver (old browsers, jsdom) the wrapper stays a plain box.
    if (!wrapper || typeof ResizeObserver === 'undefined') return;
    // The observer reports once on observe, then on every change of either size.
    const observer = new ResizeObserver(() => setOverflows(wrapper.scrollWidth > wrapper.clientWidth + 1));
    observer.observe(wrapper);
    for (const child of Array.from(wrapper.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': `${label} (scrolls sideways)` } : {})}
    >
      {children}
    </div>
  );
}
