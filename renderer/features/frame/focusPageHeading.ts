/**
 * Moves focus to the page's heading, so a screen reader announces the new page and Tab starts from its top.
 * Returns false while the page has no heading yet (it is still loading).
 */
export function focusPageHeading(main: HTMLElement): boolean {
  const heading = main.querySelector('h1');
  if (!heading) return false;
  heading.tabIndex = -1;
  heading.focus();
  return true;
}

/** The person has already moved into the page (a field, a button): their focus is left where it is. */
export function focusIsInside(main: HTMLElement): boolean {
  const active = document.activeElement;
  return active !== null && active !== main && main.contains(active);
}
