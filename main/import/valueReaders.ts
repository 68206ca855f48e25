import type { ValueMappings } from '../../shared/contract/directoryTransferSchemas';
import { valueOptions, type ValueCategory } from '../../shared/importValues';
import { parseYesNo, type CellValue } from './cellValues';
import { coalitionRoleMatcher, involvementMatcher, organizationKindMatcher, representativeRoleMatcher } from './enumMatching';
import { normalizeKey } from './normalizeKey';
import { matchSector } from './sectorMatching';

/**
 * Reads the cells that hold a choice. A value the built-in words do not recognise is looked up in the person's
 * value mapping (asked in the wizard, remembered per workspace); either way it is noted, once per distinct value,
 * so the wizard can list it with a picker. An unmapped value is an error that lists the accepted values.
 */
export interface UnknownValue {
  category: ValueCategory;
  key: string;
  /** The value as first written in the file. */
  text: string;
  rows: number;
}

type Reader = (text: string) => CellValue<string>;

const builtIn: Record<ValueCategory, Reader> = {
  sector: matchSector,
  kind: organizationKindMatcher.match,
  involvement: involvementMatcher.match,
  coalitionRole: coalitionRoleMatcher.match,
  representativeRole: representativeRoleMatcher.match,
  yesNo: (text) => {
    const parsed = parseYesNo('', text);
    return parsed.ok ? { ok: true, value: parsed.value ? 'yes' : 'no' } : { ok: false, message: '' };
  },
};

const whatOf: Record<ValueCategory, string> = {
  sector: 'sector',
  kind: 'kind of organization',
  involvement: 'involvement',
  coalitionRole: 'coalition role',
  representativeRole: 'representative role',
  yesNo: 'yes or no',
};

export function acceptedValues(category: ValueCategory): string {
  return valueOptions[category].map((option) => option.label).join('; ');
}

const matchHint = 'Match it in the "Match values" step, or use one of';

function unknownMessage(category: ValueCategory, text: string, field: string): string {
  if (category === 'yesNo') return `${field || 'Answer'}: use yes or no, not '${text}'. ${matchHint}: ${acceptedValues(category)}.`;
  return `Unknown ${whatOf[category]} '${text}'. ${matchHint}: ${acceptedValues(category)}.`;
}

export class ValueReaders {
  private readonly unknown = new Map<string, UnknownValue>();

  constructor(private readonly mappings: ValueMappings = {}) {}

  read(category: ValueCategory, text: string, field = ''): CellValue<string> {
    const known = builtIn[category](text);
    if (known.ok) return known;
    const key = normalizeKey(text);
    const noted = this.unknown.get(`${category}:${key}`);
    if (noted) noted.rows += 1;
    else this.unknown.set(`${category}:${key}`, { category, key, text: text.trim(), rows: 1 });
    const mapped = this.mappings[category]?.[key];
    if (mapped && valueOptions[category].some((option) => option.id === mapped)) return { ok: true, value: mapped };
    return { ok: false, message: unknownMessage(category, text.trim(), field) };
  }

  reader<T extends string>(category: ValueCategory, field = ''): (text: string) => CellValue<T> {
    return (text) => this.read(category, text, field) as CellValue<T>;
  }

  yesNo(field: string): (text: string) => CellValue<boolean> {
    return (text) => {
      const read = this.read('yesNo', text, field);
      return read.ok ? { ok: true, value: read.value === 'yes' } : read;
    };
  }

  /** The values met so far that the built-in words did not recognise, in the order first met. */
  unknownValues(): UnknownValue[] {
    return [...this.unknown.values()];
  }

  chosenFor(value: UnknownValue): string | null {
    return this.mappings[value.category]?.[value.key] ?? null;
  }
}
