import Typography from '@mui/material/Typography';
import type { WorkspaceDetails } from '../../../shared/contract';
import { formatBytes } from '../../format/formatBytes';
import { FieldList } from '../../components/FieldList';
import { SectionCard } from '../../components/SectionCard';

export function WorkspaceFileSection({ details }: { details: WorkspaceDetails }) {
  return (
    <SectionCard title="Workspace file">
      <Typography>The workspace is one encrypted folder on this computer. Its contents cannot be read without the passphrase.</Typography>
      <FieldList
        items={[
          { term: 'Location', description: details.workspace.path },
          { term: 'Size', description: formatBytes(details.sizeBytes) },
          { term: 'Schema version', description: String(details.schemaVersion) },
        ]}
      />
    </SectionCard>
  );
}
