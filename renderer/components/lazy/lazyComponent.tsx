import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';

/** While a page's code arrives (a moment, the first time it is opened). */
export function PageLoading() {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 6 }}>
      <CircularProgress aria-label="Loading the page" />
    </Box>
  );
}

/**
 * A component whose code is loaded the first time it is shown, in its own chunk, so the first screen (unlocking a
 * workspace) does not wait for every page: `lazyComponent(() => import('./features/x/XPage'), 'XPage')`.
 * Until it arrives, `fallback` is shown in its place (a spinner for a page; nothing for a button).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: the loaded component keeps its own type
export function lazyComponent<Module extends Record<Name, ComponentType<any>>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
  fallback: ReactNode = <PageLoading />,
): Module[Name] {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<object> }));
  function Loaded(props: object) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  Loaded.displayName = `Lazy(${name})`;
  return Loaded as unknown as Module[Name];
}
