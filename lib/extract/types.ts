/** The shapes detection produces: a candidate per detector hit, a person per name after merging. */
import type { CaptureMethod } from '../model';
import type { Steps } from './steps';

/** Where a detected field came from, so the rep (and a later re-check) can trust it or not. */
export interface DetectionEvidence {
  detector: string;
  method: CaptureMethod;
  /** 0..1: structured data is near 1, layout guesses lower. */
  confidence: number;
}

/** The serialisable facts about a person a page shows; no DOM references. */
export interface PersonFields {
  name: string;
  title?: string;
  org?: string;
  email?: string;
  phone?: string;
  profileUrl?: string;
  photoUrl?: string;
}

/** One detector's view of one person, with the element the name appears in. */
export interface Candidate extends PersonFields {
  /** Where the UI puts the chip; absent when the name exists only in data (JSON-LD). */
  element?: Element;
  /**
   * The record the candidate was read from: a fill-in detector's candidate is dropped when a
   * person found before stands inside it (see merge).
   */
  scope?: Element;
  evidence: DetectionEvidence;
}

/** What can cross a message boundary: a person without the DOM reference. */
export interface SerializablePerson extends PersonFields {
  /** Key the merge used; equal keys are the same person. */
  key: string;
  evidence: DetectionEvidence[];
}

/** One person per normalised name after merging every detector's candidates. */
export interface Person extends SerializablePerson {
  /** Where the UI puts the chip; drop it with toSerializable() before messaging. */
  element?: Element;
}

export interface Detector {
  id: string;
  method: CaptureMethod;
  /** Layout detectors stand down on pages structured data or a profile already explained. */
  kind: 'structured' | 'profile' | 'layout';
  /** Adds people only where no detector before it read anyone: a record's reading is a fallback. */
  fillIn?: boolean;
  detect: (root: ParentNode, url: URL, context?: DetectContext) => Candidate[];
  /** The same reading as steps, for detectors whose loops run long on large pages. */
  steps?: (root: ParentNode, url: URL, context?: DetectContext) => Steps<Candidate[]>;
}

/** What merge tells a detector about the run so far (for now: fill-in detectors only). */
export interface DetectContext {
  /** True when a detector before this one found a person inside this record. */
  readBefore?: (record: Element) => boolean;
  /** How many people the detectors before this one found. */
  peopleSoFar?: number;
}
