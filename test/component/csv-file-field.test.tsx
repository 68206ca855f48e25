import { render } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { CsvFileField } from '../../renderer/features/directoryTransfer/CsvFileField';

describe('the CSV file picker', () => {
  it('is one control, not a button wrapped around an input (axe: nested-interactive)', async () => {
    const { container } = render(<CsvFileField fileName={undefined} error={null} disabled={false} onChoose={() => undefined} />);
    const results = await axe.run(container, { runOnly: { type: 'rule', values: ['nested-interactive', 'label', 'button-name'] } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)).toEqual([]);
  });
});
