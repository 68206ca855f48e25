import { useSearchParams } from 'react-router';
import { paramsFromView, viewFromParams, type ActionView } from './actionItemFilters';

const ITEM_PARAM = 'item';

/** The page's view and the open item, kept in the URL (`?status=open&item=…`). */
export function useActionView() {
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  const openItemId = params.get(ITEM_PARAM);

  const show = (next: ActionView, itemId: string | null) => {
    const nextParams = paramsFromView(next);
    if (itemId) nextParams.set(ITEM_PARAM, itemId);
    setParams(nextParams, { replace: true });
  };

  return {
    view,
    openItemId,
    replaceView: (next: ActionView) => show(next, openItemId),
    openItem: (id: string | null) => show(view, id),
  };
}
