import Business from '@mui/icons-material/Business';
import Dashboard from '@mui/icons-material/Dashboard';
import Groups from '@mui/icons-material/Groups';
import Insights from '@mui/icons-material/Insights';
import EventNote from '@mui/icons-material/EventNote';
import TaskAlt from '@mui/icons-material/TaskAlt';
import Workspaces from '@mui/icons-material/Workspaces';
import Settings from '@mui/icons-material/Settings';
import { coveragePath, memberPath, membersPath, organizationPath, organizationsPath } from './components/directory/directoryPaths';
import { actionItemsPath, meetingPath, meetingsPath, runMeetingPath, workgroupsPath } from './components/meetings/meetingPaths';
import { ActionItemsPage } from './features/actions/ActionItemsPage';
import { AddToCalendarButton } from './features/calendarExport/AddToCalendarButton';
import { DueDatesCalendarButton } from './features/calendarExport/DueDatesCalendarButton';
import { ConsultationReportButton } from './features/consultationReport/ConsultationReportButton';
import { DigestsMenu } from './features/digests/DigestsMenu';
import { MemberDigestButton } from './features/digests/MemberDigestButton';
import { ExportMeetingsButton } from './features/meetingExport/ExportMeetingsButton';
import { ExportRecordButton } from './features/meetingExport/ExportRecordButton';
import { MeetingPage } from './features/meetings/MeetingPage';
import { MeetingsPage } from './features/meetings/MeetingsPage';
import { RunMeetingPage } from './features/runMeeting/RunMeetingPage';
import { WorkgroupsPage } from './features/workgroups/WorkgroupsPage';
import { CoveragePage } from './features/coverage/CoveragePage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { MemberDetailPage } from './features/directory/members/MemberDetailPage';
import { MembersPage } from './features/directory/members/MembersPage';
import { OrganizationDetailPage } from './features/directory/organizations/OrganizationDetailPage';
import { OrganizationsPage } from './features/directory/organizations/OrganizationsPage';
import { DirectoryTransferActions } from './features/directoryTransfer/DirectoryTransferActions';
import type { AppPage } from './features/frame/appPage';
import { DueNoticeBanner } from './features/dueNotice/DueNoticeBanner';
import { GlobalSearch } from './features/search/GlobalSearch';
import { AutomaticBackupNotice } from './features/settings/AutomaticBackupNotice';
import { SettingsPage } from './features/settings/SettingsPage';

/** The pages of an open workspace, in rail order. Only pages that work are listed. */
export const appPages: readonly AppPage[] = [
  { path: '/', label: 'Dashboard', icon: <Dashboard />, element: <DashboardPage /> },
  {
    path: meetingsPath,
    label: 'Meetings',
    icon: <EventNote />,
    element: (
      <MeetingsPage
        toolbarActions={
          <>
            <ConsultationReportButton />
            <ExportMeetingsButton />
          </>
        }
      />
    ),
    subpages: [
      {
        path: meetingPath(':id'),
        element: (
          <MeetingPage
            recordActions={(detail) => (
              <>
                <ExportRecordButton detail={detail} />
                <AddToCalendarButton meeting={detail.meeting} />
              </>
            )}
          />
        ),
      },
      { path: runMeetingPath(':id'), element: <RunMeetingPage /> },
    ],
  },
  {
    path: actionItemsPath,
    label: 'Action items',
    icon: <TaskAlt />,
    element: (
      <ActionItemsPage
        toolbarActions={({ query, hasItems }) => (
          <>
            <DueDatesCalendarButton query={query} disabled={!hasItems} />
            <DigestsMenu />
          </>
        )}
      />
    ),
  },
  {
    path: organizationsPath,
    label: 'Organizations',
    icon: <Business />,
    element: <OrganizationsPage toolbarActions={<DirectoryTransferActions kind="organizations" />} />,
    subpages: [{ path: organizationPath(':id'), element: <OrganizationDetailPage /> }],
  },
  {
    path: membersPath,
    label: 'Members',
    icon: <Groups />,
    element: <MembersPage toolbarActions={<DirectoryTransferActions kind="members" />} />,
    subpages: [{ path: memberPath(':id'), element: <MemberDetailPage memberActions={(memberId) => <MemberDigestButton memberId={memberId} />} /> }],
  },
  { path: coveragePath, label: 'Coverage', icon: <Insights />, element: <CoveragePage /> },
  { path: workgroupsPath, label: 'Workgroups', icon: <Workspaces />, element: <WorkgroupsPage /> },
  { path: '/settings', label: 'Settings', icon: <Settings />, element: <SettingsPage /> },
];

/** The top bar's search box. */
export const appSearch = <GlobalSearch />;

/** Notices under the top bar. */
export const appNotices = (
  <>
    <DueNoticeBanner />
    <AutomaticBackupNotice />
  </>
);
