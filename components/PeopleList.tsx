/** The people found on the page, one row each: tag the new ones, see the role of the known ones. */
import type { FoundPerson } from '../lib/extract/found';
import { changeNote, roleBadge, roleList } from '../lib/i18n/chip-marks';
import type { PanelVocabulary } from '../lib/i18n/ui/panel/schema';
import type { KnownMatch } from '../lib/messages/protocol';
import { usePanelText, usePanelVocabulary } from './panel-text';

export interface PeopleListProps {
  /** Undefined while detection still runs. */
  people: readonly FoundPerson[] | undefined;
  gaveUp: boolean;
  known: ReadonlyMap<string, KnownMatch>;
  onOpen: (person: FoundPerson) => void;
  onByHand: () => void;
}

export function PeopleList({ people, gaveUp, known, onOpen, onByHand }: PeopleListProps) {
  const t = usePanelText();
  const vocabulary = usePanelVocabulary();
  if (!people) {
    return (
      <p class="rc-hint" role="status">
        {t('people.finding')}
      </p>
    );
  }
  if (people.length === 0) {
    return (
      <div class="rc-found-empty">
        <p role="status">{t('people.none')}</p>
        {gaveUp && <p class="rc-hint">{t('people.gaveUp')}</p>}
        <p class="rc-hint">{t('people.noneHint')}</p>
        <div class="rc-actions">
          <button type="button" class="rc-button rc-button--primary" onClick={onByHand}>
            {t('people.byHand')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <section class="rc-found" aria-label={t('people.heading')}>
      <h2 class="rc-found-heading">
        {t('people.heading')} <span class="rc-found-count">{people.length}</span>
      </h2>
      {gaveUp && <p class="rc-hint">{t('people.gaveUp')}</p>}
      <ul class="rc-found-list">
        {people.map((person) => {
          const match = known.get(person.key);
          const stale = match && changeNote(vocabulary, match);
          return (
            <li key={person.key} class="rc-found-row">
              {/* Initials, not the page's photo: showing it here would fetch it again. */}
              <span class="rc-found-photo" aria-hidden="true">
                {initials(person.name)}
              </span>
              <button
                type="button"
                class="rc-found-main"
                aria-label={t(match ? 'people.edit' : 'people.tag', { name: person.name })}
                onClick={() => onOpen(person)}
              >
                <span class="rc-found-name-line">
                  <strong class="rc-found-name">{person.name}</strong>
                  {reading(vocabulary, person) && (
                    // On the name's line, so that rows keep their height over the page's chips.
                    <span
                      class="rc-found-reading"
                      title={t('people.reading', { reading: reading(vocabulary, person) ?? '' })}
                    >
                      {reading(vocabulary, person)}
                    </span>
                  )}
                </span>
                {(person.title || person.org) && (
                  <span class="rc-found-title">
                    {[person.title, person.org].filter(Boolean).join(' · ')}
                  </span>
                )}
              </button>
              {match ? (
                <span class="rc-badge" title={roleList(vocabulary, match)}>
                  {roleBadge(vocabulary, match)}
                </span>
              ) : (
                <span class="rc-tag-mark" aria-hidden="true">
                  +
                </span>
              )}
              {stale && (
                <p class="rc-stale">
                  <span>{stale}</span>
                  <button
                    type="button"
                    class="rc-button rc-button--small"
                    onClick={() => onOpen(person)}
                  >
                    {t('people.update')}
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function initials(name: string): string {
  const words = name.split(/\s+/u).filter((word) => /^\p{L}/u.test(word));
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** What the title reads as ("Finance · Head of unit"), said as read: the form lets the rep change it. */
function reading(vocabulary: PanelVocabulary, person: FoundPerson): string | undefined {
  const { department, seniority } = person.suggestion ?? {};
  const words = [
    department ? vocabulary.departments[department] : undefined,
    seniority ? vocabulary.seniorities[seniority] : undefined,
  ].filter((word) => word !== undefined);
  return words.length > 0 ? words.join(' · ') : undefined;
}
