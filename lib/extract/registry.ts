/** Every detector, in order of trust: structured data first, then profile pages, then layout. */
import * as cards from './detectors/cards';
import * as contacts from './detectors/contacts';
import * as headline from './detectors/headline';
import * as jsonLd from './detectors/json-ld';
import * as labels from './detectors/labels';
import * as lines from './detectors/lines';
import * as microdata from './detectors/microdata';
import * as microformats from './detectors/microformats';
import * as profile from './detectors/profile';
import * as rdfa from './detectors/rdfa';
import * as records from './detectors/records';
import * as sections from './detectors/sections';
import * as tables from './detectors/tables';
import type { Detector } from './types';

export const DETECTORS: readonly Detector[] = [
  { id: jsonLd.id, method: 'structured-data', kind: 'structured', detect: jsonLd.detect },
  { id: microdata.id, method: 'structured-data', kind: 'structured', detect: microdata.detect },
  { id: rdfa.id, method: 'structured-data', kind: 'structured', detect: rdfa.detect },
  {
    id: microformats.id,
    method: 'structured-data',
    kind: 'structured',
    detect: microformats.detect,
  },
  { id: profile.id, method: 'page-layout', kind: 'profile', detect: profile.detect },
  { id: tables.id, method: 'page-layout', kind: 'layout', detect: tables.detect },
  { id: lines.id, method: 'page-layout', kind: 'layout', detect: lines.detect },
  {
    id: cards.id,
    method: 'page-layout',
    kind: 'layout',
    detect: cards.detect,
    steps: cards.steps,
  },
  { id: sections.id, method: 'page-layout', kind: 'layout', detect: sections.detect },
  { id: headline.id, method: 'page-layout', kind: 'layout', detect: headline.detect },
  { id: contacts.id, method: 'page-layout', kind: 'layout', detect: contacts.detect },
  { id: labels.id, method: 'page-layout', kind: 'layout', detect: labels.detect },
  {
    id: records.id,
    method: 'page-layout',
    kind: 'layout',
    detect: records.detect,
    steps: records.steps,
    fillIn: true,
  },
];
