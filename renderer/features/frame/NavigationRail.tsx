import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { useId } from 'react';
import { NavLink, useLocation } from 'react-router';
import type { AppPage } from './appPage';
import { railSections, type RailSection, type RailSectionStarts } from './railSections';

/** The rail: the pages in sections under small headings; on a narrow window one row that wraps, headings left out. */
export function NavigationRail({ pages, sections = {} }: { pages: readonly AppPage[]; sections?: RailSectionStarts }) {
  return (
    <nav aria-label="Main navigation">
      <Box sx={{ p: 1, display: { xs: 'flex', sm: 'block' }, flexWrap: 'wrap', gap: 0.5 }}>
        {railSections(pages, sections).map((section, index) => (
          <RailSectionList key={section.pages[0]?.path ?? index} section={section} first={index === 0} />
        ))}
      </Box>
    </nav>
  );
}

function RailSectionList({ section, first }: { section: RailSection; first: boolean }) {
  const { pathname } = useLocation();
  const headingId = useId();
  const named = section.heading !== '';
  return (
    <>
      {!first && !named && <Divider sx={{ display: { xs: 'none', sm: 'block' }, my: 1 }} />}
      <List
        dense
        disablePadding
        aria-labelledby={named ? headingId : undefined}
        subheader={
          named ? (
            <ListSubheader id={headingId} disableSticky sx={{ display: { xs: 'none', sm: 'block' }, lineHeight: 2.5, bgcolor: 'transparent' }}>
              {section.heading}
            </ListSubheader>
          ) : undefined
        }
        sx={{ display: { xs: 'flex', sm: 'block' }, flexWrap: 'wrap', gap: 0.5, mt: { xs: 0, sm: named ? 1 : 0 } }}
      >
        {section.pages.map((page) => (
          <li key={page.path}>
            <ListItemButton
              component={NavLink}
              to={page.path}
              end={page.path === '/'}
              selected={isWithin(pathname, page.path)}
              sx={{ borderRadius: 2, mb: 0.25 }}
            >
              <ListItemIcon sx={{ minWidth: 40 }}>{page.icon}</ListItemIcon>
              <ListItemText primary={page.label} />
            </ListItemButton>
          </li>
        ))}
      </List>
    </>
  );
}

/** The page itself or one of its subpages ('/organizations/123' is within '/organizations'). */
function isWithin(pathname: string, pagePath: string): boolean {
  return pathname === pagePath || (pagePath !== '/' && pathname.startsWith(`${pagePath}/`));
}
