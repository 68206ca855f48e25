import Business from '@mui/icons-material/Business';
import EventNote from '@mui/icons-material/EventNote';
import Gavel from '@mui/icons-material/Gavel';
import Person from '@mui/icons-material/Person';
import Subject from '@mui/icons-material/Subject';
import TaskAlt from '@mui/icons-material/TaskAlt';
import type { SvgIconComponent } from '@mui/icons-material';
import type { SearchResult } from '../../../shared/contract';

const icons: Record<SearchResult['kind'], SvgIconComponent> = {
  organization: Business,
  member: Person,
  meeting: EventNote,
  'agenda-item': Subject,
  decision: Gavel,
  'action-item': TaskAlt,
};

/** The same pictures the navigation uses for meetings and action items, so a result says what it is at a glance. */
export function SearchKindIcon({ kind }: { kind: SearchResult['kind'] }) {
  const Icon = icons[kind];
  return <Icon color="action" aria-hidden />;
}
