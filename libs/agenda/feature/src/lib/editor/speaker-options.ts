import type { SpeakerRef, SpeakerResponse } from '@samverkan/agenda/contract';

export type PickerOption =
  | { kind: 'speaker'; key: string; speaker: SpeakerResponse }
  | { kind: 'create'; key: string; name: string };

const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The picker's options for a search text: the register's matches not already chosen, then, when the
 * text names nobody in the register exactly (case and spaces aside), an option that adds it as new.
 */
export function pickerOptions(text: string, found: readonly SpeakerResponse[], chosen: readonly SpeakerRef[]): PickerOption[] {
  const taken = new Set(chosen.map((s) => s.id));
  const options: PickerOption[] = found.filter((s) => !taken.has(s.id)).map((speaker) => ({ kind: 'speaker', key: speaker.id, speaker }));
  const name = text.trim().replace(/\s+/g, ' ');
  if (name.length >= 2 && !found.some((s) => folded(s.name) === folded(name))) options.push({ kind: 'create', key: `new:${name}`, name });
  return options;
}
