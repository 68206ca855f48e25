import { useLocation } from 'react-router';

/** Shows the router's current path and query, so a test can read what a link or filter put in the URL. */
export function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output aria-label="Current location">{`${pathname}${search}`}</output>;
}
