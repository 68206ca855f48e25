import type { ReactNode } from 'react';

/** A page of the open workspace: where it lives, how the rail names it, and what it shows. */
export interface AppPage {
  path: string;
  label: string;
  icon: ReactNode;
  element: ReactNode;
  /** Pages reached from this one (e.g. a detail page at '/organizations/:id'); the rail keeps this entry selected on them. */
  subpages?: readonly { path: string; element: ReactNode }[];
}
