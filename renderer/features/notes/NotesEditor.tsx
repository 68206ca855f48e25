import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import type { AgendaItem } from '../../../shared/contract';
import { ConfidentialMark } from './ConfidentialMark';
import { LinkDialog } from './LinkDialog';
import { notesExtensions } from './notesExtensions';
import { NotesSaveStatus } from './NotesSaveStatus';
import { NotesToolbar } from './NotesToolbar';
import { useNotesAutosave } from './useNotesAutosave';

interface NotesEditorProps {
  /** Give the component `key={item.id}`: one editor and one autosave per item. */
  item: AgendaItem;
  /** How the item is named to screen readers: "Notes for <itemName>". */
  itemName: string;
  readOnly: boolean;
}

/** The rich-text notes of one agenda item, saved as they are typed, with a switch to mark them confidential. */
export function NotesEditor({ item, itemName, readOnly }: NotesEditorProps) {
  const autosave = useNotesAutosave(item);
  const [confidential, setConfidential] = useState(item.notesConfidential);
  const [linking, setLinking] = useState(false);
  const editorProps = useMemo(
    () => ({ attributes: { 'aria-label': `Notes for ${itemName}`, 'aria-multiline': 'true', role: 'textbox', class: 'notes-editor' } }),
    [itemName],
  );
  const editor = useEditor({
    extensions: notesExtensions,
    content: item.notesHtml,
    editable: !readOnly,
    editorProps,
    onUpdate: ({ editor: current }) => autosave.change({ html: current.getHTML(), confidential }),
  });
  useEffect(() => editor?.setEditable(!readOnly, false), [editor, readOnly]);

  const markConfidential = (next: boolean) => {
    setConfidential(next);
    if (!editor) return;
    autosave.change({ html: editor.getHTML(), confidential: next });
    void autosave.flush();
  };

  const saveLink = (href: string | null) => {
    setLinking(false);
    if (!editor) return;
    const chain = editor.chain().focus().extendMarkRange('link');
    (href ? chain.setLink({ href }) : chain.unsetLink()).run();
  };

  return (
    <Stack sx={{ gap: 1 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <FormControlLabel
          control={<Switch checked={confidential} onChange={(event) => markConfidential(event.target.checked)} disabled={readOnly} />}
          label="Confidential notes"
        />
        {confidential && <ConfidentialMark />}
      </Stack>
      <Box
        sx={{
          border: confidential ? 3 : 1,
          borderColor: confidential ? 'warning.main' : 'divider',
          borderRadius: 1,
          bgcolor: 'background.paper',
          '& .notes-editor': { minHeight: 220, p: 2, outline: 'none', typography: 'body1' },
          '& .notes-editor:focus-visible': { boxShadow: (theme) => `inset 0 0 0 2px ${theme.palette.primary.main}` },
          '& .notes-editor h2': { typography: 'h3', mt: 1.5, mb: 1 },
          '& .notes-editor h3': { typography: 'subtitle1', fontWeight: 600, mt: 1, mb: 0.5 },
          '& .notes-editor p': { my: 0.75 },
          '& .notes-editor a': { color: 'primary.main' },
        }}
      >
        {editor && !readOnly && (
          <Box sx={{ borderBottom: 1, borderColor: 'divider', px: 1, py: 0.5 }}>
            <NotesToolbar editor={editor} onLink={() => setLinking(true)} />
          </Box>
        )}
        <EditorContent editor={editor} />
      </Box>
      {readOnly ? (
        <Typography variant="body2" color="text.secondary">
          These minutes are closed, so the notes can be read but not changed.
        </Typography>
      ) : (
        <NotesSaveStatus status={autosave.status} />
      )}
      {linking && editor && (
        <LinkDialog initialHref={(editor.getAttributes('link').href as string | undefined) ?? ''} onSave={saveLink} onClose={() => setLinking(false)} />
      )}
    </Stack>
  );
}
