/** Public surface of people detection: what the content script and the panel import. */

export { type FoundPerson, foundPerson, lookupReference, type Suggestion } from './found';
export {
  type Detection,
  type DetectOptions,
  detectInSlices,
  detectPeople,
  findPeople,
  toSerializable,
} from './merge';
export { cleanName, looksLikeName, nameKey, stripHonorifics } from './names';
export { DETECTORS } from './registry';
export { readTitle, type TitleReading } from './titles';
export type { Candidate, DetectionEvidence, Detector, Person, SerializablePerson } from './types';
