/** Team pages built from web components: people drawn inside open shadow roots are found too. */
import { afterEach, describe, expect, it } from 'vitest';
import { findPeople } from '../../lib/extract';
import { namesAndTitles, PAGE_URL } from './fixtures';

const TEAM: Array<[string, string]> = [
  ['Ada Quinn', 'Chief Financial Officer'],
  ['Bruno Costa', 'Head of Procurement'],
  ['Chiara Dahl', 'IT Director'],
];

/** A grid of <team-member> hosts, each drawing its card in a shadow root of the given mode. */
function grid(
  mode: ShadowRootMode,
  draw: (root: ShadowRoot, host: Element, name: string, title: string) => void,
): Element {
  const section = document.createElement('section');
  section.className = 'team';
  for (const [name, title] of TEAM) {
    const host = document.createElement('team-member');
    draw(host.attachShadow({ mode }), host, name, title);
    section.append(host);
  }
  document.body.append(section);
  return section;
}

/** The card a component draws: markup of our own making, so interpolation is safe here. */
const CARD = (name: string, title: string) =>
  `<div class="card"><h3>${name}</h3><p>${title}</p></div>`;

afterEach(() => {
  document.body.replaceChildren();
});

describe('people inside shadow roots', () => {
  it('finds each person a component draws in its open shadow root, with the chip on the name', () => {
    grid('open', (root, _host, name, title) => {
      root.innerHTML = `<style>h3 { color: teal }</style>${CARD(name, title)}`;
    });
    const people = findPeople(document, PAGE_URL);
    expect(namesAndTitles(people)).toEqual(TEAM);
    expect(people.map((person) => person.element?.tagName)).toEqual(['H3', 'H3', 'H3']);
  });

  it('reads a name the page passes into a component through a slot, beside the title it draws', () => {
    grid('open', (root, host, name, title) => {
      root.innerHTML = `<article><h3><slot name="name">Unnamed</slot></h3><p>${title}</p></article>`;
      host.innerHTML = `<span slot="name">${name}</span>`;
    });
    expect(namesAndTitles(findPeople(document, PAGE_URL))).toEqual(TEAM);
  });

  it('leaves closed shadow roots alone, as any script must', () => {
    grid('closed', (root, _host, name, title) => {
      root.innerHTML = CARD(name, title);
    });
    expect(findPeople(document, PAGE_URL)).toEqual([]);
  });

  it('puts the chip on the visible copy when a hidden component repeats the team', () => {
    const draw = (root: ShadowRoot, _host: Element, name: string, title: string) => {
      root.innerHTML = CARD(name, title);
    };
    grid('open', draw).setAttribute('hidden', '');
    const visible = grid('open', draw);
    const people = findPeople(document, PAGE_URL);
    expect(namesAndTitles(people)).toEqual(TEAM);
    for (const person of people) {
      const root = person.element?.getRootNode();
      expect(root instanceof ShadowRoot && visible.contains(root.host)).toBe(true);
    }
  });
});
