/**
 * What a chip beside a name on the page says: a tag mark for someone new, the role badge for
 * someone on the map, and a flag when the page disagrees with the map. One wording for the
 * panel's list, the panel's chips and automatic recognition.
 */
import type { ChipMark } from '../messages/frame';
import type { KnownMatch } from '../messages/protocol';
import { fill, type Params } from './localized';
import type { PanelKey, PanelVocabulary } from './ui/panel/schema';

function say(vocabulary: PanelVocabulary, key: PanelKey, params?: Params): string {
  return fill(vocabulary.text[key], params);
}

/** The first role a known person holds, "+n" for the others; a tick when they hold none. */
export function roleBadge(vocabulary: PanelVocabulary, { roles }: Pick<KnownMatch, 'roles'>) {
  const [first] = roles;
  if (!first) return '✓';
  const label = vocabulary.roles[first].label;
  return roles.length > 1 ? `${label} +${roles.length - 1}` : label;
}

/** Every role a known person holds and their account, for a badge's tooltip. */
export function roleList(vocabulary: PanelVocabulary, match: KnownMatch): string {
  return [...match.roles.map((role) => vocabulary.roles[role].label), match.accountName].join(
    ' · ',
  );
}

/** What the page says that the map does not ("" when they agree). */
export function changeNote(vocabulary: PanelVocabulary, match: KnownMatch): string {
  const lines: string[] = [];
  if (match.titleOnPage !== undefined)
    lines.push(
      say(vocabulary, 'people.staleTitle', {
        title: match.titleOnPage,
        stored: match.storedTitle || '—',
      }),
    );
  if (match.orgOnPage !== undefined)
    lines.push(say(vocabulary, 'people.staleOrg', { org: match.orgOnPage }));
  return lines.join(' ');
}

export function chipMark(
  vocabulary: PanelVocabulary,
  person: { key: string; name: string },
  match: KnownMatch | undefined,
): ChipMark {
  const label = say(vocabulary, 'people.chip', { name: person.name });
  const { key, name } = person;
  if (!match) return { key, name, text: '+', label, tooltip: name, tone: 'new' };
  const note = changeNote(vocabulary, match);
  return {
    key,
    name,
    text: note ? `${roleBadge(vocabulary, match)} !` : roleBadge(vocabulary, match),
    label,
    tooltip: note || roleList(vocabulary, match),
    tone: note ? 'changed' : 'known',
  };
}
