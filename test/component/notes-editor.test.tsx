import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AgendaItem } from '../../shared/contract';
import { NotesEditor } from '../../renderer/features/notes/NotesEditor';
import { flushPendingSaves } from '../../renderer/session/beforeLock';
import { agendaItem } from './support/meetingPlanningSamples';
import { answerChannels, callsTo, failWith, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

// jsdom lays nothing out; ProseMirror asks where the cursor is after each change.
document.elementFromPoint = () => null;
Range.prototype.getClientRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0, toJSON: () => ({}) });

const item = agendaItem(2, { title: 'Runaway protocol draft', notesHtml: '<p>Draft shared.</p>' });

function renderEditor(overrides: Partial<AgendaItem> = {}, readOnly = false) {
  const shown = { ...item, ...overrides };
  return renderWithProviders(<NotesEditor key={shown.id} item={shown} itemName="2. Runaway protocol draft" readOnly={readOnly} />);
}

describe('the notes editor', () => {
  it('names the editable area after the item and shows the saved notes', () => {
    answerChannels({});
    renderEditor();
    const notes = screen.getByRole('textbox', { name: 'Notes for 2. Runaway protocol draft' });
    expect(notes.textContent).toBe('Draft shared.');
    expect(notes.getAttribute('contenteditable')).toBe('true');
  });

  it('has a labelled formatting toolbar whose buttons say whether they are on', () => {
    answerChannels({});
    renderEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    for (const name of ['Heading', 'Bold', 'Italic', 'Bulleted list', 'Numbered list', 'Link']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('false');
    }
    expect(toolbar.contains(screen.getByRole('button', { name: 'Undo' }))).toBe(true);
  });

  it('saves typed notes without being asked, and at once before a lock', async () => {
    answerChannels({ 'agenda.saveNotes': () => ({ savedAt: '2026-12-08T20:05:00.000Z' }) });
    renderEditor();
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Notes for 2. Runaway protocol draft' }));
    await user.keyboard(' Comments due Friday.');
    await flushPendingSaves();

    const saves = callsTo('agenda.saveNotes') as { id: string; html: string; confidential: boolean }[];
    expect(saves.at(-1)).toMatchObject({ id: item.id, confidential: false });
    expect(saves.at(-1)?.html).toContain('Comments due Friday.');
    expect(await screen.findByText(/^Saved /)).toBeTruthy();
  });

  it('marks confidential notes visibly and saves the mark at once', async () => {
    answerChannels({ 'agenda.saveNotes': () => ({ savedAt: '2026-12-08T20:05:00.000Z' }) });
    renderEditor();
    const user = userEvent.setup();
    expect(screen.queryByText('CONFIDENTIAL')).toBeNull();
    await user.click(screen.getByRole('switch', { name: 'Confidential notes' }));

    expect(screen.getByText('CONFIDENTIAL')).toBeTruthy();
    await waitFor(() => expect(callsTo('agenda.saveNotes')).toEqual([{ id: item.id, html: '<p>Draft shared.</p>', confidential: true }]));
  });

  it('keeps the text and says it will retry when a save fails', async () => {
    answerChannels({ 'agenda.saveNotes': () => failWith({ code: 'IO', message: 'The disk is full.' }) });
    renderEditor();
    const user = userEvent.setup();
    await user.click(screen.getByRole('switch', { name: 'Confidential notes' }));

    expect(await screen.findByText('Not saved: The disk is full. (retrying)')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Notes for 2. Runaway protocol draft' }).textContent).toBe('Draft shared.');
  });

  it('is read-only, without a toolbar, when the record is closed', () => {
    answerChannels({});
    renderEditor({}, true);
    expect(screen.getByRole('textbox', { name: 'Notes for 2. Runaway protocol draft' }).getAttribute('contenteditable')).toBe('false');
    expect(screen.queryByRole('toolbar', { name: 'Formatting' })).toBeNull();
    expect(screen.getByRole('switch', { name: 'Confidential notes' })).toHaveProperty('disabled', true);
  });
});
