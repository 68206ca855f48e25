import { Fragment, type ReactNode } from 'react';
import { applyDateStyle } from '../../format/formatDate';
import { usePreferences } from '../meetings/meetingQueries';

/** Applies the workspace's date style (Settings) to every date its children show, and redraws them when it changes. */
export function DateStyleScope({ children }: { children: ReactNode }) {
  const style = applyDateStyle(usePreferences().data?.dateStyle);
  return <Fragment key={style}>{children}</Fragment>;
}
