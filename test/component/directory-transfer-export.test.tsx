import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DirectoryTransferActions } from '../../renderer/features/directoryTransfer/DirectoryTransferActions';
import { answerChannels, callsTo, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const exported = { fileName: 'Riverside roster 2026-03-04 (includes protected identities).csv', mimeType: 'text/csv;charset=utf-8', contentBase64: btoa('Organization\n'), rows: 1 };
const downloads: { fileName: string; href: string }[] = [];

beforeEach(() => {
  downloads.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:roster');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, href: this.href });
  });
});

afterEach(() => vi.restoreAllMocks());

describe('exporting the roster', () => {
  it('warns before including protected identities, sends that choice, and downloads the file', async () => {
    answerChannels({ 'directory.exportRoster': () => exported });
    renderWithProviders(<DirectoryTransferActions kind="members" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export roster' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export roster' });

    expect(within(dialog).getByLabelText('Show display name only')).toHaveProperty('checked', true);
    expect(within(dialog).queryByText(/real names and contact details/)).toBeNull();
    await user.click(within(dialog).getByLabelText('Include full names and contact details (this export only)'));
    expect(within(dialog).getByText(/real names and contact details/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await screen.findByText(`Roster exported: ${exported.fileName}`)).toBeTruthy();
    expect(callsTo('directory.exportRoster')).toEqual([{ format: 'csv', protectedMembers: 'include' }]);
    expect(downloads).toEqual([{ fileName: exported.fileName, href: 'blob:roster' }]);
    expect(vi.mocked(URL.createObjectURL).mock.calls[0]?.[0]).toMatchObject({ type: 'text/csv;charset=utf-8' });
  });

  it('sends the Excel format when chosen', async () => {
    answerChannels({ 'directory.exportRoster': () => ({ ...exported, fileName: 'roster.xlsx' }) });
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export roster' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export roster' });
    await user.click(within(dialog).getByLabelText('Excel (XLSX)'));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await screen.findByText('Roster exported: roster.xlsx')).toBeTruthy();
    expect(callsTo('directory.exportRoster')).toEqual([{ format: 'xlsx', protectedMembers: 'display-name' }]);
  });
});
