import Edit from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import MuiLink from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { memberDetailSchema } from '../../../../shared/contract';
import { membersPath, organizationPath } from '../../../components/directory/directoryPaths';
import { errorMessage } from '../../../components/errorMessage';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { formatDate } from '../../../format/formatDate';
import { ArchiveControls } from '../ArchiveControls';
import { DetailHeader } from '../DetailHeader';
import { SectionCard } from '../../../components/SectionCard';
import { ArchivedChip, ProtectedChip, RepresentativeChip } from '../DirectoryChips';
import { coalitionRoleLabels, contactPreferenceLabels, memberFieldLabels as labels, representativeRoleLabels } from '../directoryLabels';
import { useDirectoryChange, useMemberDetail } from '../directoryQueries';
import { FieldList } from '../../../components/FieldList';
import { HistoryList } from '../HistoryList';
import { MemberFormDialog } from './MemberFormDialog';
import { ProtectedIdentityNotice } from './ProtectedIdentityNotice';
import { useRevealMember } from './useRevealMember';

type MemberDetail = z.infer<typeof memberDetailSchema>;

const archiveExplanation =
  'Archiving takes this person off the active lists and out of the member counts. Nothing is deleted: their history and ' +
  'the meetings they attended stay, and you can restore them at any time.';
const hidden = 'Hidden';

type MemberActions = (memberId: string) => ReactNode;

/** `memberActions`: what other features offer for this person (composed in appPages.tsx). */
export function MemberDetailPage({ memberActions }: { memberActions?: MemberActions }) {
  const { id = '' } = useParams();
  // A new key per member, so a reveal never carries over from one person's page to another's.
  return <MemberDetailLoader key={id} id={id} memberActions={memberActions} />;
}

function MemberDetailLoader({ id, memberActions }: { id: string; memberActions: MemberActions | undefined }) {
  const detail = useMemberDetail(id);
  if (detail.isPending) return <CircularProgress aria-label="Loading the member" />;
  if (detail.isError) return <Alert severity="error">{errorMessage(detail.error)}</Alert>;
  // A saved change remounts the view, so details revealed before it are dropped rather than shown stale or saved back.
  return <MemberDetailView key={detail.data.member.updatedAt} detail={detail.data} memberActions={memberActions} />;
}

function MemberDetailView({ detail: { member, organization, history }, memberActions }: { detail: MemberDetail; memberActions: MemberActions | undefined }) {
  const [editing, setEditing] = useState(false);
  const { notify, notifyError } = useNotify();
  const reveal = useRevealMember(member.id);
  const revealed = reveal.data;
  const archive = useDirectoryChange('directory.archiveMember', { onSuccess: () => notify('Member archived.', 'success'), onError: notifyError });
  const restore = useDirectoryChange('directory.restoreMember', { onSuccess: () => notify('Member restored.', 'success'), onError: notifyError });
  const mustRevealToEdit = member.protectedIdentity && !revealed;
  const date = (value: string | null) => (value ? formatDate(`${value}T12:00:00`) : '');
  const secret = (value: string | null, shown: string | undefined) => (member.protectedIdentity ? (shown ?? hidden) : (value ?? ''));

  return (
    <Stack sx={{ gap: 3, maxWidth: 960 }}>
      <DetailHeader
        backTo={membersPath}
        backLabel="All members"
        title={member.shownName}
        badges={
          <>
            {member.protectedIdentity && <ProtectedChip />}
            <RepresentativeChip role={member.representativeRole} />
            {member.archivedAt && <ArchivedChip />}
          </>
        }
        actions={
          <>
            <Button variant="outlined" startIcon={<Edit />} onClick={() => setEditing(true)} disabled={mustRevealToEdit}>
              Edit
            </Button>
            {memberActions?.(member.id)}
            <ArchiveControls
              archived={member.archivedAt !== null}
              confirmTitle={`Archive ${member.shownName}?`}
              explanation={archiveExplanation}
              busy={archive.isPending || restore.isPending}
              onArchive={() => archive.mutate({ id: member.id })}
              onRestore={() => restore.mutate({ id: member.id })}
            />
          </>
        }
      />
      {mustRevealToEdit && <Typography color="text.secondary">To edit a protected member, reveal their full name and contact first.</Typography>}
      {member.protectedIdentity && <ProtectedIdentityNotice revealed={Boolean(revealed)} revealing={reveal.isPending} onReveal={() => reveal.mutate()} />}
      {member.archivedAt && <Alert severity="info">Archived on {formatDate(member.archivedAt)}. Restore to list them again.</Alert>}
      <SectionCard title="Details">
        <FieldList
          items={[
            { term: labels.fullName, description: secret(member.fullName, revealed?.fullName) },
            { term: labels.displayName, description: member.displayName },
            { term: labels.pronouns, description: member.pronouns },
            {
              term: labels.organizationId,
              description: organization && (
                <MuiLink component={Link} to={organizationPath(organization.id)}>
                  {organization.name}
                </MuiLink>
              ),
            },
            { term: labels.title, description: member.title },
            { term: labels.coalitionRole, description: coalitionRoleLabels[member.coalitionRole] },
            { term: labels.representativeRole, description: representativeRoleLabels[member.representativeRole] },
            { term: labels.votingMember, description: member.votingMember ? 'Yes' : 'No' },
            { term: labels.email, description: secret(member.email, revealed?.email) },
            { term: labels.phone, description: secret(member.phone, revealed?.phone) },
            { term: labels.preferredContact, description: contactPreferenceLabels[member.preferredContact] },
            { term: labels.startOn, description: date(member.startOn) },
            { term: labels.endOn, description: date(member.endOn) },
            { term: labels.notes, description: secret(member.notes, revealed?.notes) },
          ]}
        />
      </SectionCard>
      <SectionCard title="History">
        <HistoryList entries={history} fieldLabels={labels} />
      </SectionCard>
      {editing && <MemberFormDialog editing={{ member, revealed }} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
