import { useCallback, useState } from 'react';

/** State that belongs to one `key` and starts again from `initial` when the key changes, e.g. a page of one list. */
export function useStateFor<T>(key: string, initial: T) {
  const [state, setState] = useState({ key, value: initial });
  const value = state.key === key ? state.value : initial;
  const set = useCallback((next: T) => setState({ key, value: next }), [key]);
  return [value, set] as const;
}
