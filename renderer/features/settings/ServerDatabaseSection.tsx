import Typography from '@mui/material/Typography';
import type { WorkspaceDetails } from '../../../shared/contract';
import { FieldList } from '../../components/FieldList';
import { SectionCard } from '../../components/SectionCard';

/** In place of the workspace file, passphrase, lock and backups when the app runs on a PostgreSQL server. */
export function ServerDatabaseSection({ details }: { details: WorkspaceDetails }) {
  return (
    <SectionCard title="Database">
      <Typography>
        The coalition’s records are kept on a PostgreSQL server, not in an encrypted file on this computer. Keeping them encrypted at rest and backed up is the
        database server’s job: ask whoever runs it.
      </Typography>
      <FieldList
        items={[
          { term: 'Database', description: details.workspace.path },
          { term: 'Schema version', description: String(details.schemaVersion) },
        ]}
      />
    </SectionCard>
  );
}
