import type { ChannelInput, ChannelOutput, PickOption } from '../../../shared/contract';
import { anaMunoz, laneChildWelfare, protectedAdvisor } from './directorySamples';

export const anaOption: PickOption = { id: anaMunoz.id, label: 'Ana Muñoz', detail: 'Lane County Child Welfare', archived: false };
export const advisorOption: PickOption = { id: protectedAdvisor.id, label: protectedAdvisor.shownName, detail: null, archived: false };
export const welfareOption: PickOption = { id: laneChildWelfare.id, label: 'Lane County Child Welfare', detail: null, archived: false };

/** Answers a picker as the host does: the options whose name holds what was typed, and the chosen one by id. */
export function pickFrom(all: PickOption[]) {
  return (input: ChannelInput<'directory.pickMembers'>): ChannelOutput<'directory.pickMembers'> => ({
    options: all.filter((option) => option.label.toLowerCase().includes((input.query ?? '').toLowerCase())),
    chosen: all.find((option) => option.id === input.chosenId) ?? null,
  });
}
