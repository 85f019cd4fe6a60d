/** Reading and changing the rep's settings; a missing or damaged record reads as the defaults. */
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../model';
import { type RolecallDatabase, SETTINGS_KEY } from './schema';

export async function readSettings(db: RolecallDatabase): Promise<Settings> {
  const stored = SettingsSchema.safeParse({
    ...DEFAULT_SETTINGS,
    ...(await db.settings.get(SETTINGS_KEY)),
  });
  return stored.success ? stored.data : DEFAULT_SETTINGS;
}

export function updateSettings(db: RolecallDatabase, change: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = SettingsSchema.parse({ ...(await readSettings(db)), ...change });
    await db.settings.put({ ...next, key: SETTINGS_KEY });
    return next;
  });
}
