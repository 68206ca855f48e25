import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { focusIsInside, focusPageHeading } from './focusPageHeading';

/**
 * On every change of page (not of a page's query, such as a drawer opened by `?item=`), focus goes to the new page's
 * heading, once it has rendered.
 */
export function useFocusPageHeading(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const container = main.current;
    if (!container) return;
    const settle = () => focusIsInside(container) || focusPageHeading(container);
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [main, pathname]);
}
