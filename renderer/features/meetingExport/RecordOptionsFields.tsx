import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Switch from '@mui/material/Switch';
import { useId } from 'react';
import { meetingRecordSectionLabels, meetingRecordSections } from '../../../shared/contract/meetingExportSchemas';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { toggleSection, type RecordOptions } from './recordOptions';

const protectedChoices = { 'display-name': 'Show their display name', 'leave-out': 'Leave them out' } as const;

interface Props {
  options: RecordOptions;
  onChange: (options: RecordOptions) => void;
  /** How many agenda items have notes marked confidential, when known (one meeting). */
  confidentialCount?: number;
}

/** Which parts of the record, confidential notes or not, and how protected members appear. */
export function RecordOptionsFields({ options, onChange, confidentialCount }: Props) {
  const sectionsLabel = useId();
  const change = (changes: Partial<RecordOptions>) => onChange({ ...options, ...changes });
  const noSection = options.sections.length === 0;
  return (
    <>
      <FormControl error={noSection} component="fieldset">
        <FormLabel id={sectionsLabel} component="legend">
          Parts of the record
        </FormLabel>
        <FormGroup aria-labelledby={sectionsLabel}>
          {meetingRecordSections.map((section) => (
            <FormControlLabel
              key={section}
              control={
                <Checkbox checked={options.sections.includes(section)} onChange={() => change({ sections: toggleSection(options.sections, section) })} />
              }
              label={meetingRecordSectionLabels[section]}
            />
          ))}
        </FormGroup>
        <FormHelperText>{noSection ? 'Choose at least one part.' : 'The title, date, place, facilitator and note-taker are always included.'}</FormHelperText>
      </FormControl>
      <FormControlLabel
        control={<Switch checked={options.includeConfidential} onChange={(event) => change({ includeConfidential: event.target.checked })} />}
        label={
          confidentialCount === undefined
            ? 'Include notes marked confidential'
            : `Include notes marked confidential (${confidentialCount === 0 ? 'none in this meeting' : confidentialCount === 1 ? '1 agenda item' : `${confidentialCount} agenda items`})`
        }
      />
      {options.includeConfidential && (
        <Alert severity="warning">
          Confidential notes will be in this file, each marked CONFIDENTIAL, and the file name will say so. Send it only to people who may read them. The export
          is recorded in the meeting&apos;s history.
        </Alert>
      )}
      <ChoiceGroup
        label="Protected members (youth and survivor advisors)"
        value={options.protectedMembers}
        onChange={(protectedMembers) => change({ protectedMembers })}
        options={protectedChoices}
      />
    </>
  );
}
