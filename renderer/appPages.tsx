import Dashboard from '@mui/icons-material/Dashboard';
import Settings from '@mui/icons-material/Settings';
import { DashboardPage } from './features/dashboard/DashboardPage';
import type { AppPage } from './features/frame/appPage';
import { SettingsPage } from './features/settings/SettingsPage';

/** The pages of an open workspace, in rail order. Only pages that work are listed. */
export const appPages: readonly AppPage[] = [
  { path: '/', label: 'Dashboard', icon: <Dashboard />, element: <DashboardPage /> },
  { path: '/settings', label: 'Settings', icon: <Settings />, element: <SettingsPage /> },
];
