import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import FilterList from '@mui/icons-material/FilterList';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState, type ReactNode } from 'react';
import { useMeetings, useWorkgroups } from '../../components/meetings/meetingQueries';
import { DirectoryPicker } from '../../components/directory/DirectoryPicker';
import { formatDate } from '../../format/formatDate';
import { OptionSelect } from '../directory/OptionSelect';
import { SectorOptions } from '../directory/SectorOptions';
import { chosenFilterCount, isFiltered, type ActionGrouping, type ActionView } from './actionItemFilters';
import { ActionStatusSelect } from './ActionStatusSelect';

const groupingLabels: Record<ActionGrouping, string> = { none: 'No grouping', owner: 'Owner', organization: 'Organization' };

interface ActionFiltersBarProps {
  view: ActionView;
  onChange: (changes: Partial<ActionView>) => void;
  onClear: () => void;
}

/** The page's filters; every change goes to the URL, and from there to the query. */
export function ActionFiltersBar({ view, onChange, onClear }: ActionFiltersBarProps) {
  const workgroups = useWorkgroups(true);
  const meetings = useMeetings();

  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [expanded, setExpanded] = useState(false);
  const chosen = chosenFilterCount(view);

  return (
    <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }} role="search" aria-label="Filter action items">
      <Field wide>
        <TextField type="search" size="small" label="Search action items" value={view.text} onChange={(event) => onChange({ text: event.target.value })} />
      </Field>
      {narrow && (
        <Button variant="outlined" size="small" startIcon={<FilterList />} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Fewer filters' : chosen > 0 ? `Filters (${chosen})` : 'Filters'}
        </Button>
      )}
      {(!narrow || expanded) && (
        <>
          <Field>
            <ActionStatusSelect value={view.statuses} onChange={(statuses) => onChange({ statuses })} />
          </Field>
          <Field>
            <DirectoryPicker kind="member" label="Owner" anyLabel="Anyone" value={view.ownerId} onChange={(ownerId) => onChange({ ownerId })} />
          </Field>
          <Field>
            <DirectoryPicker
              kind="organization"
              label="Organization"
              anyLabel="Any organization"
              value={view.organizationId}
              onChange={(organizationId) => onChange({ organizationId })}
            />
          </Field>
          <Field>
            <OptionSelect
              label="Sector"
              size="small"
              value={view.sector ?? ''}
              onChange={(sector) => onChange({ sector: sector || null })}
              emptyOption="All sectors"
            >
              <SectorOptions />
            </OptionSelect>
          </Field>
          <IdSelect
            label="Workgroup"
            anyLabel="Any workgroup"
            value={view.workgroupId}
            onChange={(workgroupId) => onChange({ workgroupId })}
            choices={(workgroups.data ?? []).map((workgroup) => ({ id: workgroup.id, label: workgroup.name }))}
          />
          <IdSelect
            label="From meeting"
            anyLabel="Any meeting"
            value={view.sourceMeetingId}
            onChange={(sourceMeetingId) => onChange({ sourceMeetingId })}
            choices={(meetings.data ?? []).map((meeting) => ({ id: meeting.id, label: `${meeting.title} · ${formatDate(meeting.startsAt)}` }))}
          />
          <Field>
            <OptionSelect label="Group by" size="small" value={view.groupBy} onChange={(groupBy) => onChange({ groupBy })} options={groupingLabels} />
          </Field>
          {/* The two date switches wrap together, so neither is left alone on a line. */}
          <Stack direction="row" sx={{ flexWrap: 'nowrap' }}>
            <FormControlLabel control={<Switch checked={view.overdue} onChange={(event) => onChange({ overdue: event.target.checked })} />} label="Overdue" />
            <FormControlLabel
              control={<Switch checked={view.dueThisWeek} onChange={(event) => onChange({ dueThisWeek: event.target.checked })} />}
              label="Due this week"
            />
          </Stack>
        </>
      )}
      {isFiltered(view) && <Button onClick={onClear}>Clear filters</Button>}
    </Stack>
  );
}

function Field({ wide = false, children }: { wide?: boolean; children: ReactNode }) {
  return <Box sx={{ width: { xs: '100%', sm: wide ? 260 : 200 } }}>{children}</Box>;
}

interface IdSelectProps {
  label: string;
  anyLabel: string;
  value: string | null;
  onChange: (id: string | null) => void;
  choices: readonly { id: string; label: string }[];
}

/** One record of a list (a person, an organization, a meeting), or any. */
function IdSelect({ label, anyLabel, value, onChange, choices }: IdSelectProps) {
  return (
    <Field>
      <OptionSelect label={label} size="small" value={value ?? ''} onChange={(id) => onChange(id || null)} emptyOption={anyLabel}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </OptionSelect>
    </Field>
  );
}
