/** How much room Rolecall's data takes, and whether the browser promised to keep it. */
import { useEffect, useState } from 'preact/hooks';
import { useLanguage, useText } from '../i18n';
import type { Platform, StorageState } from './platform';
import { formatBytes } from './when';

export function StorageStatus({ platform }: { platform: Platform }) {
  const t = useText();
  const language = useLanguage();
  const [state, setState] = useState<StorageState>();
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void platform.storage().then(setState);
  }, [platform]);

  async function persist() {
    const granted = await platform.persist();
    setRefused(!granted);
    setState(await platform.storage());
  }

  return (
    <section class="rc-card" aria-labelledby="rc-storage-heading">
      <h2 id="rc-storage-heading">{t('storage.heading')}</h2>
      {state === undefined ? (
        <p class="rc-hint">{t('panel.loading')}</p>
      ) : (
        <>
          <p>
            {state.usage !== undefined && state.quota !== undefined
              ? t('storage.used', {
                  used: formatBytes(state.usage, language),
                  quota: formatBytes(state.quota, language),
                })
              : t('storage.unknown')}
          </p>
          <p class={state.persisted ? 'rc-success' : 'rc-hint'}>
            {state.persisted ? t('storage.persisted') : t('storage.notPersisted')}
          </p>
          {!state.persisted && (
            <button type="button" class="rc-button" onClick={() => void persist()}>
              {t('storage.persist')}
            </button>
          )}
          {refused && !state.persisted && (
            <p class="rc-alert" role="alert">
              {t('storage.persistRefused')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
