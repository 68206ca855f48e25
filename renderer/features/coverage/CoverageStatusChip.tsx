import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HourglassTop from '@mui/icons-material/HourglassTop';
import Chip from '@mui/material/Chip';
import type { ReactElement } from 'react';
import type { coverageStatuses } from '../../../shared/contract';

type CoverageStatus = (typeof coverageStatuses)[number];

const looks: Record<CoverageStatus, { label: string; color: 'success' | 'warning' | 'error'; icon: ReactElement }> = {
  covered: { label: 'Covered', color: 'success', icon: <CheckCircle /> },
  'only-prospective': { label: 'Only prospective', color: 'warning', icon: <HourglassTop /> },
  gap: { label: 'Gap', color: 'error', icon: <ErrorIcon /> },
};

/** Colour, icon and word together, so a gap reads as a gap without relying on colour. */
export function CoverageStatusChip({ status }: { status: CoverageStatus }) {
  const look = looks[status];
  return <Chip icon={look.icon} label={look.label} color={look.color} variant={status === 'covered' ? 'outlined' : 'filled'} sx={{ fontWeight: 600 }} />;
}
