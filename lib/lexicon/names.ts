/** Given names, surnames and Chinese surnames as sets, built once from ./names.data.ts. */
import { CHINESE_SURNAMES, GIVEN_NAMES, SURNAMES } from './names.data';

const toSet = (words: string) => new Set(words.split(' '));

export const givenNames: ReadonlySet<string> = toSet(GIVEN_NAMES);
export const surnames: ReadonlySet<string> = toSet(SURNAMES);
export const chineseSurnames: ReadonlySet<string> = toSet(CHINESE_SURNAMES);
