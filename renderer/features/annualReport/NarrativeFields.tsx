import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Narrative, NarrativeSectionId } from '../../../shared/contract/annualReportSchemas';

export type NarrativeDrafts = Partial<Record<NarrativeSectionId, string>>;

interface NarrativeFieldsProps {
  narrative: Narrative;
  drafts: NarrativeDrafts;
  onChange: (drafts: NarrativeDrafts) => void;
}

/** The report's own words, one box per section; an empty section is left out of the report. */
export function NarrativeFields({ narrative, drafts, onChange }: NarrativeFieldsProps) {
  return (
    <Stack sx={{ gap: 2 }} role="group" aria-label="Narrative sections">
      {narrative.sections.map((section) => (
        <TextField
          key={section.id}
          label={section.title}
          helperText={section.hint}
          value={drafts[section.id] ?? section.text}
          onChange={(event) => onChange({ ...drafts, [section.id]: event.target.value })}
          multiline
          minRows={2}
          maxRows={10}
          fullWidth
        />
      ))}
    </Stack>
  );
}
