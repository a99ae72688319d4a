import { useCallback, useState, type CSSProperties } from 'react';

/**
 * The height of the sticky toolbar as a CSS variable, so the table header can stick right
 * below it while the rows scroll (the toolbar wraps to more lines in a narrow window).
 */
export function useStickyTop<T extends HTMLElement>() {
  const [height, setHeight] = useState(0);
  const ref = useCallback((el: T) => {
    const measure = () => setHeight(el.getBoundingClientRect().height);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, style: { '--sticky-top': `${height}px` } as CSSProperties };
}
