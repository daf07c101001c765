/**
 * Autocomplete suggestions for a focused option: the known values that match
 * what the user has typed so far, case-insensitively, those that start with
 * it first, then those that contain it. Discord takes at most 25 choices, and
 * a choice's name and value must be 1–100 characters
 * (discord-api-docs interactions/receiving-and-responding.mdx, "Autocomplete").
 */
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';

export const MAX_CHOICES = 25;
const MAX_CHOICE_CHARS = 100;

export function autocompleteChoices(values: readonly string[], typed: string): APIApplicationCommandOptionChoice<string>[] {
  const needle = typed.normalize('NFC').trim().toLocaleLowerCase();
  const starts: string[] = [];
  const contains: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    // A longer value cannot be offered: Discord would reject the whole answer.
    if (!value || value.length > MAX_CHOICE_CHARS || seen.has(value)) continue;
    seen.add(value);
    const hay = value.normalize('NFC').toLocaleLowerCase();
    if (hay.startsWith(needle)) starts.push(value);
    else if (hay.includes(needle)) contains.push(value);
  }
  return [...starts, ...contains].slice(0, MAX_CHOICES).map((v) => ({ name: v, value: v }));
}
