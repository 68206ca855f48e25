import BarChart from '@mui/icons-material/BarChart';
import Business from '@mui/icons-material/Business';
import Dashboard from '@mui/icons-material/Dashboard';
import FolderOpen from '@mui/icons-material/FolderOpen';
import Groups from '@mui/icons-material/Groups';
import Handshake from '@mui/icons-material/Handshake';
import Insights from '@mui/icons-material/Insights';
import QueryStats from '@mui/icons-material/QueryStats';
import EventNote from '@mui/icons-material/EventNote';
import Flag from '@mui/icons-material/Flag';
import TaskAlt from '@mui/icons-material/TaskAlt';
import Workspaces from '@mui/icons-material/Workspaces';
import School from '@mui/icons-material/School';
import Checklist from '@mui/icons-material/Checklist';
import Settings from '@mui/icons-material/Settings';
import { coveragePath, memberPath, membersPath, organizationPath, organizationsPath } from './components/directory/directoryPaths';
import { actionItemsPath, meetingPath, meetingsPath, runMeetingPath, workgroupsPath } from './components/meetings/meetingPaths';
import { planPath } from './components/plan/planPaths';
import { protocolPath, protocolsPath } from './components/protocols/protocolPaths';
import { DueNoticeBanner } from './features/dueNotice/DueNoticeBanner';
import type { AppPage } from './features/frame/appPage';
import { GlobalSearch } from './features/search/GlobalSearch';
import { AutomaticBackupNotice } from './features/settings/AutomaticBackupNotice';
import { lazyComponent } from './components/lazy/lazyComponent';

// Each page (and what other features add to it) loads the first time it is opened, in its own chunk.
const ActionItemsPage = lazyComponent(() => import('./features/actions/ActionItemsPage'), 'ActionItemsPage');
const AddToCalendarButton = lazyComponent(() => import('./features/calendarExport/AddToCalendarButton'), 'AddToCalendarButton', null);
const DueDatesCalendarButton = lazyComponent(() => import('./features/calendarExport/DueDatesCalendarButton'), 'DueDatesCalendarButton', null);
const ConsultationReportButton = lazyComponent(() => import('./features/consultationReport/ConsultationReportButton'), 'ConsultationReportButton', null);
const DigestsMenu = lazyComponent(() => import('./features/digests/DigestsMenu'), 'DigestsMenu', null);
const MemberDigestButton = lazyComponent(() => import('./features/digests/MemberDigestButton'), 'MemberDigestButton', null);
const ExportMeetingsButton = lazyComponent(() => import('./features/meetingExport/ExportMeetingsButton'), 'ExportMeetingsButton', null);
const ExportRecordButton = lazyComponent(() => import('./features/meetingExport/ExportRecordButton'), 'ExportRecordButton', null);
const MeetingPage = lazyComponent(() => import('./features/meetings/MeetingPage'), 'MeetingPage');
const MeetingsPage = lazyComponent(() => import('./features/meetings/MeetingsPage'), 'MeetingsPage');
const RunMeetingPage = lazyComponent(() => import('./features/runMeeting/RunMeetingPage'), 'RunMeetingPage');
const PlanPage = lazyComponent(() => import('./features/plan/PlanPage'), 'PlanPage');
const WorkgroupsPage = lazyComponent(() => import('./features/workgroups/WorkgroupsPage'), 'WorkgroupsPage');
const CoveragePage = lazyComponent(() => import('./features/coverage/CoveragePage'), 'CoveragePage');
const DashboardPage = lazyComponent(() => import('./features/dashboard/DashboardPage'), 'DashboardPage');
const MemberDetailPage = lazyComponent(() => import('./features/directory/members/MemberDetailPage'), 'MemberDetailPage');
const MembersPage = lazyComponent(() => import('./features/directory/members/MembersPage'), 'MembersPage');
const OrganizationDetailPage = lazyComponent(() => import('./features/directory/organizations/OrganizationDetailPage'), 'OrganizationDetailPage');
const OrganizationsPage = lazyComponent(() => import('./features/directory/organizations/OrganizationsPage'), 'OrganizationsPage');
const DirectoryTransferActions = lazyComponent(() => import('./features/directoryTransfer/DirectoryTransferActions'), 'DirectoryTransferActions', null);
const AnnualReportButton = lazyComponent(() => import('./features/annualReport/AnnualReportButton'), 'AnnualReportButton', null);
const DataPage = lazyComponent(() => import('./features/data/DataPage'), 'DataPage');
const DataReviewPage = lazyComponent(() => import('./features/dataReview/DataReviewPage'), 'DataReviewPage');
const TrainingsPage = lazyComponent(() => import('./features/trainings/TrainingsPage'), 'TrainingsPage');
const DutiesPage = lazyComponent(() => import('./features/duties/DutiesPage'), 'DutiesPage');
const ServedDuties = lazyComponent(() => import('./features/duties/ServedDuties'), 'ServedDuties', null);
const ProtocolsPage = lazyComponent(() => import('./features/protocols/ProtocolsPage'), 'ProtocolsPage');
const ProtocolDetailPage = lazyComponent(() => import('./features/protocols/ProtocolDetailPage'), 'ProtocolDetailPage');
const SettingsPage = lazyComponent(() => import('./features/settings/SettingsPage'), 'SettingsPage');
const DocumentsPage = lazyComponent(() => import('./features/documents/DocumentsPage'), 'DocumentsPage');

/** The pages of an open workspace, in rail order. Only pages that work are listed. */
export const appPages: readonly AppPage[] = [
  { path: '/', label: 'Dashboard', icon: <Dashboard />, element: <DashboardPage toolbarActions={<AnnualReportButton />} /> },
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
            moreDetails={({ meeting }) => <ServedDuties subjectKind="meeting" subjectId={meeting.id} canAdd={meeting.status !== 'cancelled'} />}
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
        itemDetails={(item) => <ServedDuties subjectKind="action-item" subjectId={item.id} />}
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
  { path: planPath, label: 'Plan', icon: <Flag />, element: <PlanPage /> },
  {
    path: protocolsPath,
    label: 'Protocols & agreements',
    icon: <Handshake />,
    element: <ProtocolsPage />,
    subpages: [{ path: protocolPath(':id'), element: <ProtocolDetailPage /> }],
  },
  { path: '/duties', label: 'Six duties', icon: <Checklist />, element: <DutiesPage /> },
  { path: '/trainings', label: 'Trainings & outreach', icon: <School />, element: <TrainingsPage /> },
  { path: '/data', label: 'Data', icon: <BarChart />, element: <DataPage toolbarActions={<AnnualReportButton />} /> },
  { path: '/data-review', label: 'Data review', icon: <QueryStats />, element: <DataReviewPage /> },
  { path: '/documents', label: 'Documents', icon: <FolderOpen />, element: <DocumentsPage /> },
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
