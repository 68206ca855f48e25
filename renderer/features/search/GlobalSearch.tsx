import Search from '@mui/icons-material/Search';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SearchResult } from '../../../shared/contract';
import { memberPath, organizationPath } from '../../components/directory/directoryPaths';
import { actionItemPath, meetingPath, meetingsPath } from '../../components/meetings/meetingPaths';
import { HighlightedSnippet } from '../../components/search/HighlightedSnippet';
import { snippetParts } from '../../components/search/snippetParts';
import { SearchKindIcon } from './SearchKindIcon';
import { useDirectorySearch } from './useDirectorySearch';
import { useFocusShortcut } from './useFocusShortcut';

const kindLabels: Record<SearchResult['kind'], string> = {
  organization: 'Organization',
  member: 'Member',
  meeting: 'Meeting',
  'agenda-item': 'Agenda item',
  decision: 'Decision',
  'action-item': 'Action item',
};

/** Meeting content comes with its own "where" words ("Decision · Monthly meeting"); only directory hits need the kind. */
const kindsDescribedByHost: ReadonlySet<SearchResult['kind']> = new Set(['meeting', 'agenda-item', 'decision', 'action-item']);

function whereWords(result: SearchResult): string {
  if (kindsDescribedByHost.has(result.kind) && result.subtitle) return result.subtitle;
  return [kindLabels[result.kind], result.subtitle].filter(Boolean).join(' · ');
}

/** A snippet that only repeats the title is shown as the title itself, highlighted, instead of a second time. */
function snippetIsTitle(result: SearchResult): boolean {
  return (
    result.snippet !== '' &&
    snippetParts(result.snippet)
      .map((part) => part.text)
      .join('') === result.title
  );
}

function pathOf(result: SearchResult): string {
  switch (result.kind) {
    case 'organization':
      return organizationPath(result.id);
    case 'member':
      return memberPath(result.id);
    case 'meeting':
      return meetingPath(result.id);
    case 'agenda-item':
    case 'decision':
      return result.meetingId ? meetingPath(result.meetingId) : meetingsPath;
    case 'action-item':
      return actionItemPath(result.id);
  }
}

/** The top bar's search across the directory, meetings and action items; Enter or a click opens the chosen one. */
export function GlobalSearch() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const { results, searching } = useDirectorySearch(text);
  useFocusShortcut(inputRef);

  const openResult = (result: SearchResult | null) => {
    if (!result) return;
    setText('');
    setOpen(false);
    navigate(pathOf(result));
  };

  return (
    <Autocomplete
      options={results}
      value={null}
      inputValue={text}
      onInputChange={(_event, value, reason) => {
        if (reason !== 'reset') setText(value);
      }}
      onChange={(_event, result) => openResult(result)}
      open={open && text.trim() !== ''}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      filterOptions={(options) => options}
      getOptionLabel={(result) => result.title}
      getOptionKey={(result) => `${result.kind}:${result.id}`}
      isOptionEqualToValue={(option, value) => option.kind === value.kind && option.id === value.id}
      loading={searching}
      loadingText="Searching…"
      noOptionsText="Nothing found"
      autoHighlight
      blurOnSelect
      clearOnBlur={false}
      forcePopupIcon={false}
      sx={{ width: { xs: '100%', sm: 320, md: 380 } }}
      // Not portalled: the results stay inside the top bar's landmark, where a screen reader looks for them.
      slotProps={{ popper: { disablePortal: true, sx: { minWidth: 'min(480px, calc(100vw - 16px))' } } }}
      renderOption={({ key, ...props }, result) => {
        const titleHighlighted = snippetIsTitle(result);
        return (
          <Box
            component="li"
            key={key}
            {...props}
            sx={{ gap: 1.5, alignItems: 'flex-start !important', '& mark': { bgcolor: 'warning.light', color: 'common.black', px: 0.25 } }}
          >
            <SearchKindIcon kind={result.kind} />
            <Box sx={{ minWidth: 0 }}>
              <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                {titleHighlighted ? <HighlightedSnippet snippet={result.snippet} /> : result.title}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {whereWords(result)}
              </Typography>
              {result.snippet && !titleHighlighted && (
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  <HighlightedSnippet snippet={result.snippet} />
                </Typography>
              )}
            </Box>
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          size="small"
          label="Search everything"
          placeholder="People, meetings, action items"
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'aria-keyshortcuts': 'Control+K Meta+K' },
            input: {
              ...params.slotProps.input,
              startAdornment: (
                <InputAdornment position="start">
                  <Search fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
      )}
    />
  );
}
