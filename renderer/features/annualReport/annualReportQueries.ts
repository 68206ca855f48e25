import type { DataArea } from '../../../shared/dataAreas';
import { useQuery } from '@tanstack/react-query';
import type { AnnualReportRange } from '../../../shared/contract/annualReportSchemas';
import { invoke } from '../../api';

/** Query keys of the annual report: a range's narrative and its outline. */
const annualReportScope = 'annual-report' satisfies DataArea;

export const annualReportKeys = {
  narrative: (range: AnnualReportRange) => [annualReportScope, 'narrative', range.from, range.to] as const,
  outline: (range: AnnualReportRange) => [annualReportScope, 'outline', range.from, range.to] as const,
};

export function useNarrative(range: AnnualReportRange, enabled: boolean) {
  return useQuery({ queryKey: annualReportKeys.narrative(range), queryFn: () => invoke('annualReport.narrative', range), enabled });
}

export function useOutline(range: AnnualReportRange, enabled: boolean) {
  return useQuery({ queryKey: annualReportKeys.outline(range), queryFn: () => invoke('annualReport.outline', range), enabled });
}
