import Edit from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { z } from 'zod';
import type { organizationDetailSchema } from '../../../../shared/contract';
import { sectorLabel } from '../../../../shared/stakeholderSectors';
import { organizationsPath } from '../../../components/directory/directoryPaths';
import { errorMessage } from '../../../components/errorMessage';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { formatDate } from '../../../format/formatDate';
import { ArchiveControls } from '../ArchiveControls';
import { DetailHeader } from '../DetailHeader';
import { SectionCard } from '../../../components/SectionCard';
import { ArchivedChip, InvolvementChip, NoPrimaryChip } from '../DirectoryChips';
import { involvementLabels, kindLabels, organizationFieldLabels as labels, qualitiesText } from '../directoryLabels';
import { useDirectoryChange, useOrganizationDetail } from '../directoryQueries';
import { FieldList } from '../../../components/FieldList';
import { HistoryList } from '../HistoryList';
import { lacksPrimary } from './organizationColumns';
import { OrganizationFormDialog } from './OrganizationFormDialog';
import { OrganizationMembersList } from './OrganizationMembersList';

type OrganizationDetail = z.infer<typeof organizationDetailSchema>;

const archiveExplanation =
  'Archiving takes the organization off the active lists and out of the coverage count. Nothing is deleted: its members, ' +
  'its history and any meetings that mention it stay, and you can restore it at any time.';

export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const detail = useOrganizationDetail(id);
  if (detail.isPending) return <CircularProgress aria-label="Loading the organization" />;
  if (detail.isError) return <Alert severity="error">{errorMessage(detail.error)}</Alert>;
  return <OrganizationDetailView detail={detail.data} />;
}

function OrganizationDetailView({ detail: { organization, members, history } }: { detail: OrganizationDetail }) {
  const [editing, setEditing] = useState(false);
  const { notify, notifyError } = useNotify();
  const archive = useDirectoryChange('directory.archiveOrganization', { onSuccess: () => notify('Organization archived.', 'success'), onError: notifyError });
  const restore = useDirectoryChange('directory.restoreOrganization', { onSuccess: () => notify('Organization restored.', 'success'), onError: notifyError });
  const date = (value: string | null) => (value ? formatDate(`${value}T12:00:00`) : '');

  return (
    <Stack sx={{ gap: 3, maxWidth: 960 }}>
      <DetailHeader
        backTo={organizationsPath}
        backLabel="All organizations"
        title={organization.name}
        badges={
          <>
            <InvolvementChip involvement={organization.involvement} />
            {lacksPrimary(organization) && <NoPrimaryChip />}
            {organization.archivedAt && <ArchivedChip />}
          </>
        }
        actions={
          <>
            <Button variant="outlined" startIcon={<Edit />} onClick={() => setEditing(true)}>
              Edit
            </Button>
            <ArchiveControls
              archived={organization.archivedAt !== null}
              confirmTitle={`Archive ${organization.name}?`}
              explanation={archiveExplanation}
              busy={archive.isPending || restore.isPending}
              onArchive={() => archive.mutate({ id: organization.id })}
              onRestore={() => restore.mutate({ id: organization.id })}
            />
          </>
        }
      />
      {organization.archivedAt && <Alert severity="info">Archived on {formatDate(organization.archivedAt)}. Restore it to count it again.</Alert>}
      <SectionCard title="Details">
        <FieldList
          items={[
            { term: labels.sector, description: sectorLabel(organization.sector, organization.sectorOtherLabel) },
            { term: labels.kind, description: kindLabels[organization.kind] },
            { term: labels.involvement, description: involvementLabels[organization.involvement] },
            { term: labels.jurisdiction, description: organization.jurisdiction },
            { term: labels.address, description: organization.address },
            { term: labels.phone, description: organization.phone },
            { term: labels.website, description: organization.website && <WebsiteLink href={organization.website} /> },
            { term: labels.qualities, description: qualitiesText(organization.qualities) || 'None marked' },
            { term: labels.joinedOn, description: date(organization.joinedOn) },
            { term: labels.leftOn, description: date(organization.leftOn) },
            { term: labels.notes, description: organization.notes },
          ]}
        />
      </SectionCard>
      <SectionCard title="Members">
        {lacksPrimary(organization) && (
          <Alert severity="warning">
            This core organization has no primary representative. Open one of its members, choose Edit, and set Representative role to Primary.
          </Alert>
        )}
        <OrganizationMembersList members={members} />
      </SectionCard>
      <SectionCard title="History">
        <HistoryList entries={history} fieldLabels={labels} />
      </SectionCard>
      {editing && <OrganizationFormDialog organization={organization} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

function WebsiteLink({ href }: { href: string }) {
  return (
    <Link href={href} target="_blank" rel="noreferrer noopener">
      {href}
    </Link>
  );
}
