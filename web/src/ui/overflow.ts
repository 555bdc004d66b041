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
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
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
