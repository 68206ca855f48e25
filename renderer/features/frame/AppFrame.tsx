import Lock from '@mui/icons-material/Lock';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { WorkspaceSummary } from '../../../shared/contract';
import type { AppPage } from './appPage';
import { NavigationRail } from './NavigationRail';
import type { RailSectionStarts } from './railSections';
import { rememberPageWorkspace } from './pageWorkspace';
import { lockShortcutText } from './platform';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useFocusPageHeading } from './useFocusPageHeading';
import { useIdleActivity } from './useIdleActivity';
import { useLockShortcut } from './useLockShortcut';
import { useLockWorkspace } from './useLockWorkspace';
import { DateStyleScope } from '../../components/time/DateStyleScope';
import { useSession } from '../../session/SessionContext';

const RAIL_WIDTH = 220;

interface AppFrameProps {
  workspace: WorkspaceSummary;
  pages: readonly AppPage[];
  /** Where the rail starts a new section, and its heading. */
  railSections?: RailSectionStarts;
  /** The top bar's search box, composed by the caller so the frame imports no other feature. */
  search?: ReactNode;
  /** Notices shown under the top bar on every page (e.g. action items due). */
  notices?: ReactNode;
}

/**
 * The open workspace: a skip link, the top bar with the coalition's name and Lock, a navigation rail, and the current
 * page. The router is the caller's, so the page survives a lock and comes back after unlocking.
 */
export function AppFrame({ workspace, pages, railSections, search, notices }: AppFrameProps) {
  const lock = useLockWorkspace();
  const { mutate: lockNow } = lock;
  // A server database has no passphrase, so nothing to lock: no button, and the shortcut does nothing.
  const lockable = useSession().storage === 'workspace';
  useLockShortcut(useCallback(() => lockable && lockNow(), [lockable, lockNow]));
  useIdleActivity();
  const main = useRef<HTMLElement>(null);
  useFocusPageHeading(main);
  useEffect(() => rememberPageWorkspace(workspace.id), [workspace.id]);

  return (
    <>
      <SkipLink main={main} />
      <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100vh' }}>
        <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
          {/* On a narrow window the search box takes a row of its own under the name and Lock. */}
          <Toolbar sx={{ gap: 2, flexWrap: { xs: 'wrap', sm: 'nowrap' }, py: { xs: 1, sm: 0 } }}>
            <Typography component="p" variant="h6" noWrap sx={{ flex: 1, minWidth: 0, fontWeight: 600 }}>
              {workspace.name}
            </Typography>
            {search && <Box sx={{ order: { xs: 3, sm: 0 }, width: { xs: '100%', sm: 'auto' } }}>{search}</Box>}
            {lockable && (
              <Tooltip describeChild title={`Lock (${lockShortcutText})`}>
                <Button aria-label="Lock workspace" variant="outlined" startIcon={<Lock />} onClick={() => lock.mutate()}>
                  Lock
                </Button>
              </Tooltip>
            )}
          </Toolbar>
        </AppBar>
        {notices}
        {/* On a narrow window the navigation becomes a row above the page, so the page keeps the full width. */}
        <Box sx={{ display: 'flex', flexDirection: { xs: 'column', sm: 'row' }, flex: 1, minHeight: 0 }}>
          <Box
            sx={{
              width: { xs: 'auto', sm: RAIL_WIDTH },
              flexShrink: 0,
              borderStyle: 'solid',
              borderColor: 'divider',
              borderWidth: { xs: '0 0 1px 0', sm: '0 1px 0 0' },
            }}
          >
            <NavigationRail pages={pages} sections={railSections} />
          </Box>
          <Box
            component="main"
            id={MAIN_CONTENT_ID}
            ref={main}
            tabIndex={-1}
            sx={{ flex: 1, minWidth: 0, p: { xs: 2, md: 4 }, overflow: 'auto', outline: 'none' }}
          >
            <DateStyleScope>
              <Routes>
                {pages
                  .flatMap((page) => [page, ...(page.subpages ?? [])])
                  .map((page) => (
                    <Route key={page.path} path={page.path} element={page.element} />
                  ))}
                <Route path="*" element={<Navigate to="/" replace />} />
              </Routes>
            </DateStyleScope>
          </Box>
        </Box>
      </Box>
    </>
  );
}
