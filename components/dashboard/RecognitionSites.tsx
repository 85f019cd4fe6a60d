/**
 * Opt-in automatic recognition: the sites where Rolecall may run without a click. Adding one asks
 * the browser for that site's permission right in the click; removing one gives it back.
 */
import { useState } from 'preact/hooks';
import type { RolecallDatabase } from '../../lib/db';
import { readSettings, updateSettings } from '../../lib/db/settings';
import { parseSite, sitePatterns, siteProblemText, withSite } from '../../lib/recognition/sites';
import { useLanguage, useText } from '../i18n';
import { Field } from './Field';
import type { Platform } from './platform';

export interface RecognitionSitesProps {
  db: RolecallDatabase;
  platform: Platform;
  sites: readonly string[];
}

type Notice = { tone: 'ok' | 'problem'; text: string };

export function RecognitionSites({ db, platform, sites }: RecognitionSitesProps) {
  const t = useText();
  const language = useLanguage();
  const [typed, setTyped] = useState('');
  const [notice, setNotice] = useState<Notice>();
  const [asking, setAsking] = useState<string>();

  async function add(event: Event) {
    event.preventDefault();
    const parsed = parseSite(typed);
    if (!parsed.ok) {
      setNotice({ tone: 'problem', text: siteProblemText(parsed.problem, language, typed) });
      return;
    }
    const { site } = parsed;
    if (sites.includes(site)) {
      setNotice({ tone: 'problem', text: t('sites.already', { site }) });
      return;
    }
    try {
      // Nothing may be awaited before this call: the browser only asks inside the rep's click.
      const request = platform.requestOrigins(sitePatterns(site));
      setAsking(site);
      setNotice(undefined);
      const granted = await request.finally(() => setAsking(undefined));
      if (!granted) {
        setNotice({ tone: 'problem', text: t('sites.denied', { site }) });
        return;
      }
      const current = await readSettings(db);
      await updateSettings(db, { recognitionSites: withSite(current.recognitionSites, site) });
      setTyped('');
      setNotice({ tone: 'ok', text: t('sites.added', { site }) });
    } catch (error) {
      setNotice({ tone: 'problem', text: t('sites.failed', { detail: String(error) }) });
    }
  }

  async function remove(site: string) {
    try {
      await platform.removeOrigins(sitePatterns(site));
      const current = await readSettings(db);
      await updateSettings(db, {
        recognitionSites: current.recognitionSites.filter((s) => s !== site),
      });
      setNotice({ tone: 'ok', text: t('sites.removed', { site }) });
    } catch (error) {
      setNotice({ tone: 'problem', text: t('sites.failed', { detail: String(error) }) });
    }
  }

  return (
    <section class="rc-card" aria-labelledby="rc-sites-heading">
      <h2 id="rc-sites-heading">{t('sites.heading')}</h2>
      <p class="rc-hint">{t('sites.explain')}</p>
      <form class="rc-inline-form" onSubmit={add} noValidate>
        <Field label={t('sites.site')}>
          {(id) => (
            <input
              id={id}
              class="rc-input"
              value={typed}
              placeholder="linkedin.com"
              autoComplete="off"
              spellcheck={false}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="rc-button rc-button--primary" disabled={asking !== undefined}>
          {t('sites.add')}
        </button>
      </form>
      {asking && (
        <p class="rc-hint" role="status">
          {t('sites.asking', { site: asking })}
        </p>
      )}
      {notice && (
        <p class={notice.tone === 'ok' ? 'rc-success' : 'rc-alert'} role="status">
          {notice.text}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="rc-hint">{t('sites.none')}</p>
      ) : (
        <ul class="rc-sites" aria-label={t('sites.list')}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="rc-button"
                aria-label={t('sites.remove', { site })}
                onClick={() => void remove(site)}
              >
                {t('sites.turnOff')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
