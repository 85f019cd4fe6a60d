/** Automatic recognition's chips: the people on the map among those found, worded for the rep. */
import type { RolecallDatabase } from '../db';
import { chipMark } from '../i18n/chip-marks';
import type { PanelVocabulary } from '../i18n/ui/panel/schema';
import type { ChipMark } from '../messages/frame';
import type { FoundPersonRef } from '../messages/protocol';
import { knownPeople } from './known';

export async function knownMarks(
  db: RolecallDatabase,
  request: { pageUrl: string; people: readonly FoundPersonRef[] },
  vocabulary: PanelVocabulary,
): Promise<{ marks: ChipMark[] }> {
  const { matches } = await knownPeople(db, request);
  const byKey = new Map(request.people.map((person) => [person.key, person]));
  return {
    marks: matches.flatMap((match) => {
      const person = byKey.get(match.key);
      return person ? [chipMark(vocabulary, person, match)] : [];
    }),
  };
}
