/** A new account asks its questions in the language of the page its first person was found on. */
import { beforeEach, describe, expect, it } from 'vitest';
import { pageLanguageOf } from '../../lib/capture';
import { saveTag } from '../../lib/capture/service';
import {
  dealToShow,
  listAccounts,
  openDatabase,
  type RolecallDatabase,
  updateSettings,
} from '../../lib/db';
import { emptyDraft, type StakeholderDraft } from '../../lib/model';

let db: RolecallDatabase;

beforeEach(async () => {
  db = openDatabase(`question-language-${Math.random()}`);
  await db.open();
});

const draft = (fields: Partial<StakeholderDraft>) =>
  emptyDraft({
    name: 'Jana Novak',
    accountName: 'Example',
    accountDomain: 'example.com',
    ...fields,
  });

async function languageOfNewAccount(...saves: Parameters<typeof saveTag>[1][]) {
  for (const save of saves) await saveTag(db, save, 'fi');
  const [account] = await listAccounts(db);
  return account && (await dealToShow(db, account.id))?.questionLanguage;
}

describe('a new account’s question language', () => {
  it('is the page’s language when the page is in one of ours', async () => {
    expect(await languageOfNewAccount(draft({ pageLanguage: 'de-AT' }))).toBe('de');
  });

  it('is the rep’s interface language when the page’s is not one of ours or unknown', async () => {
    expect(await languageOfNewAccount(draft({ pageLanguage: 'ja' }))).toBe('fi');
    await db.delete();
    db = openDatabase(`question-language-${Math.random()}`);
    expect(await languageOfNewAccount(draft({}))).toBe('fi');
  });

  it('falls back to the default the rep chose, and a later page leaves it alone', async () => {
    await updateSettings(db, { defaultQuestionLanguage: 'id' });
    expect(
      await languageOfNewAccount(draft({}), draft({ name: 'Ivan Petrov', pageLanguage: 'ru' })),
    ).toBe('id');
  });
});

describe('the page’s language', () => {
  const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('is its lang attribute when it has one', () => {
    expect(pageLanguageOf(page('<html lang="zh-CN"><body>Team</body></html>'))).toBe('zh-CN');
  });

  it('is read from the script, or the common words, of its text otherwise', () => {
    expect(
      pageLanguageOf(page('<body>Наша команда: генеральный директор и финансовый директор</body>')),
    ).toBe('ru');
    expect(
      pageLanguageOf(
        page('<body>我们的团队：首席执行官、首席财务官和技术总监，以及董事会成员</body>'),
      ),
    ).toBe('zh');
    expect(
      pageLanguageOf(
        page(
          '<body>Unser Team ist für Sie da. Wir sind die Experten für Finanzen und der Vorstand ist mit dabei.</body>',
        ),
      ),
    ).toBe('de');
    expect(
      pageLanguageOf(
        page(
          '<body>Tim kami siap membantu. Kami adalah ahli yang bekerja dengan direksi dan komisaris di Jakarta untuk Anda.</body>',
        ),
      ),
    ).toBe('id');
    expect(pageLanguageOf(page('<body>CEO · CFO</body>'))).toBeUndefined();
  });
});
