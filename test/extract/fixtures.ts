/** Loading saved pages for the extraction tests; every fixture's source is in its folder's SOURCES.md. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPeople, type Person } from '../../lib/extract';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extract');
export const PAGE_URL = new URL('https://acme.example/about/team');

export function loadFixture(path: string): Document {
  return parseHtml(readFileSync(join(FIXTURES, path), 'utf8'));
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function fixtureFiles(folder: string): string[] {
  return readdirSync(join(FIXTURES, folder)).filter((file) => file.endsWith('.html'));
}

/** Who a rep would see in the panel: name and title, in page order. */
export function namesAndTitles(people: Person[]): Array<[string, string | undefined]> {
  return people.map((person) => [person.name, person.title]);
}

export function peopleIn(path: string): Person[] {
  return findPeople(loadFixture(path), PAGE_URL);
}
