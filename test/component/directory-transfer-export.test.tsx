import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionKind } from '../../renderer/api';
import { DirectoryTransferActions } from '../../renderer/features/directoryTransfer/DirectoryTransferActions';
import { answerChannels, callsTo, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const JOB_ID = '01900000-0000-7000-8000-000000000002';
const FILE = 'Riverside roster 2026-03-04 (includes protected identities).csv';
const downloads: { fileName: string; href: string }[] = [];

beforeEach(() => {
  downloads.length = 0;
  vi.mocked(connectionKind).mockReturnValue('browser');
  URL.createObjectURL = vi.fn(() => 'blob:roster');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, href: this.href });
  });
});

afterEach(() => vi.restoreAllMocks());

/** The roster export goes through the export jobs: started, followed, then downloaded (browser mode). */
function answerRosterJob(fileName: string, mimeType: string) {
  answerChannels({
    'exports.start': () => ({ jobId: JOB_ID, fileName }),
    'exports.status': () => ({ state: 'finished', fileName, size: 14 }),
    'exports.download': () => ({ fileName, mimeType, contentBase64: btoa('Organization\n') }),
  });
}

describe('exporting the roster', () => {
  it('warns before including protected identities, sends that choice as an export job, and downloads the file', async () => {
    answerRosterJob(FILE, 'text/csv;charset=utf-8');
    renderWithProviders(<DirectoryTransferActions kind="members" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export roster' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export roster' });

    expect(within(dialog).getByLabelText('Show display name only')).toHaveProperty('checked', true);
    expect(within(dialog).queryByText(/real names and contact details/)).toBeNull();
    await user.click(within(dialog).getByLabelText('Include full names and contact details (this export only)'));
    expect(within(dialog).getByText(/real names and contact details/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await screen.findByRole('dialog', { name: 'Export ready' }, { timeout: 5000 })).toBeTruthy();
    expect(callsTo('exports.start')).toEqual([{ kind: 'roster', format: 'csv', protectedMembers: 'include' }]);
    expect(downloads).toEqual([{ fileName: FILE, href: 'blob:roster' }]);
    expect(vi.mocked(URL.createObjectURL).mock.calls[0]?.[0]).toMatchObject({ type: 'text/csv;charset=utf-8' });
  });

  it('sends the Excel format when chosen', async () => {
    answerRosterJob('roster.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export roster' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export roster' });
    await user.click(within(dialog).getByLabelText('Excel (XLSX)'));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await screen.findByRole('dialog', { name: 'Export ready' }, { timeout: 5000 })).toBeTruthy();
    expect(callsTo('exports.start')).toEqual([{ kind: 'roster', format: 'xlsx', protectedMembers: 'display-name' }]);
    expect(downloads.map((file) => file.fileName)).toEqual(['roster.xlsx']);
  });
});
