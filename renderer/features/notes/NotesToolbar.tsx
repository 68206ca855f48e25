import FormatBold from '@mui/icons-material/FormatBold';
import FormatItalic from '@mui/icons-material/FormatItalic';
import FormatListBulleted from '@mui/icons-material/FormatListBulleted';
import FormatListNumbered from '@mui/icons-material/FormatListNumbered';
import InsertLink from '@mui/icons-material/InsertLink';
import Redo from '@mui/icons-material/Redo';
import Title from '@mui/icons-material/Title';
import Undo from '@mui/icons-material/Undo';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import Tooltip from '@mui/material/Tooltip';
import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';

interface NotesToolbarProps {
  editor: Editor;
  onLink: () => void;
}

/** Formatting buttons; each says what it does and whether it is on where the cursor is. */
export function NotesToolbar({ editor, onLink }: NotesToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      editable: current.isEditable,
      heading: current.isActive('heading', { level: 2 }),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const disabled = !state.editable;

  return (
    <Stack role="toolbar" aria-label="Formatting" direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
      <FormatButton label="Heading" pressed={state.heading} disabled={disabled} onClick={() => chain().toggleHeading({ level: 2 }).run()} icon={<Title />} />
      <FormatButton label="Bold" shortcut="Ctrl+B" pressed={state.bold} disabled={disabled} onClick={() => chain().toggleBold().run()} icon={<FormatBold />} />
      <FormatButton
        label="Italic"
        shortcut="Ctrl+I"
        pressed={state.italic}
        disabled={disabled}
        onClick={() => chain().toggleItalic().run()}
        icon={<FormatItalic />}
      />
      <FormatButton
        label="Bulleted list"
        pressed={state.bulletList}
        disabled={disabled}
        onClick={() => chain().toggleBulletList().run()}
        icon={<FormatListBulleted />}
      />
      <FormatButton
        label="Numbered list"
        pressed={state.orderedList}
        disabled={disabled}
        onClick={() => chain().toggleOrderedList().run()}
        icon={<FormatListNumbered />}
      />
      <FormatButton label="Link" pressed={state.link} disabled={disabled} onClick={onLink} icon={<InsertLink />} />
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      <Tooltip title="Undo (Ctrl+Z)">
        <span>
          <IconButton aria-label="Undo" size="small" disabled={disabled || !state.canUndo} onClick={() => chain().undo().run()}>
            <Undo fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title="Redo (Ctrl+Shift+Z)">
        <span>
          <IconButton aria-label="Redo" size="small" disabled={disabled || !state.canRedo} onClick={() => chain().redo().run()}>
            <Redo fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
    </Stack>
  );
}

interface FormatButtonProps {
  label: string;
  shortcut?: string;
  pressed: boolean;
  disabled: boolean;
  onClick: () => void;
  icon: ReactNode;
}

function FormatButton({ label, shortcut, pressed, disabled, onClick, icon }: FormatButtonProps) {
  return (
    <Tooltip title={shortcut ? `${label} (${shortcut})` : label}>
      <span>
        <ToggleButton value={label} aria-label={label} selected={pressed} disabled={disabled} onChange={onClick} size="small" sx={{ border: 0 }}>
          {icon}
        </ToggleButton>
      </span>
    </Tooltip>
  );
}
