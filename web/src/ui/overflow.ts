// Whether an element scrolls sideways (its content is wider than it shows): such an element must be reachable by
// keyboard so its hidden part can be scrolled into view with the arrow keys (WCAG 2.1.1; axe's
// scrollable-region-focusable).
import { useEffect, useRef, useState } from 'react';

/** True while the element is wider inside than it shows, i.e. while it scrolls sideways. */
export const useOverflowing = <T extends HTMLElement>() => {
  const ref = useRef<T>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Measured only in the observer's callback, which the browser calls once on observing and after each change of
    // size, when the layout is already done: reading sizes while mounting would make it lay out the page early, once
    // per element, which on a long page with many code blocks is the slowest part of opening it on a phone.
    const observer = new ResizeObserver(() => setOverflowing(element.scrollWidth > element.clientWidth + 1));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, overflowing };
};

/**
 * The attributes that make a sideways-scrolling element focusable, and with a label a named region; none when it
 * fits. Only a one-of-a-kind element gets a label: landmarks must be told apart, and a page may hold many code blocks
 * or tables, which a screen reader reads out from their content when focused anyway.
 */
export const scrollable = (overflowing: boolean, label?: string) => {
  if (!overflowing) return {};
  return label === undefined
    ? ({ tabIndex: 0 } as const)
    : ({ tabIndex: 0, role: 'region', 'aria-label': label } as const);
};
