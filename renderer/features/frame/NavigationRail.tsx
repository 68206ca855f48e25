import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { NavLink, useLocation } from 'react-router';
import type { AppPage } from './appPage';

export function NavigationRail({ pages }: { pages: readonly AppPage[] }) {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Main navigation">
      {/* On a narrow window the entries wrap onto a second row rather than run off the side. */}
      <List sx={{ p: 1, display: { xs: 'flex', sm: 'block' }, flexWrap: 'wrap', gap: { xs: 0.5, sm: 1 } }}>
        {pages.map((page) => (
          <li key={page.path}>
            <ListItemButton component={NavLink} to={page.path} end={page.path === '/'} selected={isWithin(pathname, page.path)} sx={{ borderRadius: 2, mb: 0.5 }}>
              <ListItemIcon>{page.icon}</ListItemIcon>
              <ListItemText primary={page.label} />
            </ListItemButton>
          </li>
        ))}
      </List>
    </nav>
  );
}

/** The page itself or one of its subpages ('/organizations/123' is within '/organizations'). */
function isWithin(pathname: string, pagePath: string): boolean {
  return pathname === pagePath || (pagePath !== '/' && pathname.startsWith(`${pagePath}/`));
}
