import { useState } from 'react';
import type { Member, MemberBulkEdit, coalitionRoles } from '../../../../shared/contract';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { BulkEditDialog } from '../BulkEditDialog';
import { coalitionRoleLabels } from '../directoryLabels';
import { useDirectoryChange } from '../directoryQueries';
import { OptionSelect } from '../OptionSelect';
import { membersText } from '../recordCounts';

const LEAVE = 'Leave as it is';
const votingChoices = { yes: 'Voting member', no: 'Not a voting member' } as const;
const protectedChoices = { yes: 'Protected', no: 'Not protected' } as const;
type YesNo = 'yes' | 'no' | '';

type Changes = MemberBulkEdit['changes'];

function changesOf(voting: YesNo, protectedIdentity: YesNo, coalitionRole: (typeof coalitionRoles)[number] | ''): Changes {
  return {
    ...(voting ? { votingMember: voting === 'yes' } : {}),
    ...(protectedIdentity ? { protectedIdentity: protectedIdentity === 'yes' } : {}),
    ...(coalitionRole ? { coalitionRole } : {}),
  };
}

function wouldChange(member: Member, changes: Changes): boolean {
  return (Object.keys(changes) as (keyof Changes)[]).some((field) => changes[field] !== member[field]);
}

/** Voting, protected identity and coalition role for every chosen member at once. */
export function MembersBulkEditDialog({ members, onClose, onDone }: { members: readonly Member[]; onClose: () => void; onDone: () => void }) {
  const [voting, setVoting] = useState<YesNo>('');
  const [protectedIdentity, setProtectedIdentity] = useState<YesNo>('');
  const [coalitionRole, setCoalitionRole] = useState<(typeof coalitionRoles)[number] | ''>('');
  const { notify } = useNotify();
  const edit = useDirectoryChange('directory.bulkEditMembers');
  const changes = changesOf(voting, protectedIdentity, coalitionRole);
  const changing = members.filter((member) => wouldChange(member, changes)).length;

  return (
    <BulkEditDialog
      title={`Change ${membersText(members.length)}`}
      chosen={members.length}
      changing={changing}
      countText={membersText}
      nothingPicked={Object.keys(changes).length === 0}
      onClose={onClose}
      onSubmit={async () => {
        const result = await edit.mutateAsync({ memberIds: members.map((member) => member.id), changes });
        notify(`${membersText(result.changed)} changed.`, 'success');
        onDone();
      }}
    >
      <OptionSelect label="Voting" value={voting} onChange={setVoting} options={votingChoices} emptyOption={LEAVE} />
      <OptionSelect
        label="Protected identity"
        value={protectedIdentity}
        onChange={setProtectedIdentity}
        options={protectedChoices}
        emptyOption={LEAVE}
        helperText="A protected member is shown by display name only; each one needs a display name."
      />
      <OptionSelect label="Coalition role" value={coalitionRole} onChange={setCoalitionRole} options={coalitionRoleLabels} emptyOption={LEAVE} />
    </BulkEditDialog>
  );
}
