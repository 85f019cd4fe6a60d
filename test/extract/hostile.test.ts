/** Pages that try to break detection: markup in names, huge and deep documents, huge or broken JSON-LD. */
import { describe, expect, it } from 'vitest';
import { DETECTORS, detectPeople, findPeople } from '../../lib/extract';
import { PAGE_URL, parseHtml } from './fixtures';

describe('hostile pages', () => {
  it('treats markup and script in names as text and never runs it', () => {
    const doc = parseHtml(`
      <div class="t"><div class="m"><h3>Eve &lt;img src=x onerror=alert(1)&gt;</h3><p>CEO</p></div>
      <div class="m"><h3>Mallory<script>window.pwned = true</script> Smith</h3><p>CFO</p></div>
      <div class="m"><h3>Oscar Reyes</h3><p>CTO</p></div></div>
      <script type="application/ld+json">{"@type":"Person","name":"<b onmouseover=alert(1)>Trudy</b> Moss","jobTitle":"CTO"}</script>`);
    const people = findPeople(doc, PAGE_URL);
    expect(people.map((p) => p.name)).toEqual([
      '<b onmouseover=alert(1)>Trudy</b> Moss',
      'Mallory Smith',
      'Oscar Reyes',
    ]);
    expect('pwned' in window).toBe(false);
  });

  it('handles 50,000 elements', () => {
    const first = ['Ada', 'Bo', 'Cleo', 'Dag', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jon'];
    const last = ['Berg', 'Lind', 'Moss', 'Holt', 'Wren'];
    const cards = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<div class="m"><span>x</span><h3>${first[i % 10]} ${last[i % 5]}</h3><p>Engineer</p></div>`,
    ).join('');
    const doc = parseHtml(`<div class="grid">${cards}</div>`);
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(40_000);
    // Given the time, every distinct person is found once; the budget is the next test's.
    const { people, gaveUp } = detectPeople(doc, PAGE_URL, { budgetMs: 600_000 });
    expect(gaveUp).toBe(false);
    expect(people.length).toBe(10);
  }, 120_000);

  it('stops on an absurd page when the time budget is spent, keeps what it found and says it gave up', () => {
    const cards = Array.from(
      { length: 5_000 },
      (_, i) =>
        `<div class="m"><h3>Person${String.fromCharCode(65 + (i % 26))} Number${i}</h3><p>Engineer</p></div>`,
    ).join('');
    const doc = parseHtml(
      `<script type="application/ld+json">{"@type":"Person","name":"Ada Quinn","jobTitle":"CFO"}</script><div class="grid">${cards}</div>`,
    );
    // A slow machine: reading the structured data takes a minute of the clock.
    let clock = 0;
    const ran: string[] = [];
    const detectors = DETECTORS.map((detector) => ({
      ...detector,
      detect: (root: ParentNode, url: URL) => {
        ran.push(detector.id);
        const found = detector.detect(root, url);
        clock += 60_000;
        return found;
      },
    }));
    const { people, gaveUp } = detectPeople(doc, PAGE_URL, {
      budgetMs: 1_000,
      now: () => clock,
      detectors,
    });
    expect(gaveUp).toBe(true);
    expect(ran).toEqual(['json-ld']);
    expect(people.map((p) => p.name)).toEqual(['Ada Quinn']);
  });

  it('reads the top of a page too large to index whole, and says it gave up', () => {
    const doc = parseHtml(
      '<div class="c"><h3>Ada Quinn</h3><p>CFO</p></div><div class="c"><h3>Bo Lind</h3><p>CTO</p></div>',
    );
    const filler = doc.createElement('div');
    for (let i = 0; i < 201_000; i++) filler.appendChild(doc.createElement('i'));
    doc.body.appendChild(filler);
    const { people, gaveUp } = detectPeople(doc, PAGE_URL, { budgetMs: 600_000 });
    expect(gaveUp).toBe(true);
    expect(people.map((p) => p.name)).toEqual(['Ada Quinn', 'Bo Lind']);
  }, 120_000);

  it('does not overflow the stack on deeply nested markup', () => {
    // Deep enough to break a recursive walk; happy-dom's own selector engine recurses past ~2,000.
    const depth = 1_500;
    const doc = parseHtml(
      '<div class="c"><h3>Ada Quinn</h3><p>CFO</p></div><div class="c"><h3>Bo Lind</h3><p>CTO</p></div>',
    );
    let parent: Element = doc.body;
    for (let i = 0; i < depth; i++) {
      const child = doc.createElement('div');
      parent.appendChild(child);
      parent = child;
    }
    parent.textContent = 'Deep Person';
    const { people, failed } = detectPeople(doc, PAGE_URL);
    expect(failed).toEqual([]);
    expect(people.map((p) => p.name)).toEqual(['Ada Quinn', 'Bo Lind']);
  });

  it('reads a huge JSON-LD graph and a deeply nested one without failing', () => {
    const employees = Array.from({ length: 5_000 }, (_, i) => ({
      '@type': 'Person',
      name: `Emp${i} Lastname`,
      jobTitle: 'Engineer',
    }));
    const levels = 5_000;
    // Written as text: JSON.stringify itself recurses too deep for this.
    const nested = `${'{"@type":"Thing","about":'.repeat(levels)}{"@type":"Person","name":"Deep Down","jobTitle":"CEO"}${'}'.repeat(levels)}`;
    const doc = parseHtml(
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'Organization', employee: employees })}</script>` +
        `<script type="application/ld+json">${nested}</script>`,
    );
    const { people, failed } = detectPeople(doc, PAGE_URL);
    expect(failed).toEqual([]);
    expect(people.length).toBe(5_001);
    expect(people.at(-1)?.name).toBe('Deep Down');
  });

  it('ignores malformed JSON-LD and keeps the rest of the page', () => {
    const doc = parseHtml(`
      <script type="application/ld+json">{ "@type": "Person", "name": "Broken</script>
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ida Berg</span><span itemprop="jobTitle">COO</span></div>`);
    expect(findPeople(doc, PAGE_URL).map((p) => [p.name, p.title])).toEqual([['Ida Berg', 'COO']]);
  });

  it('never yields a person from comments, templates or hidden containers', () => {
    const doc = parseHtml(`
      <!-- <div class="m"><h3>Commented Out</h3><p>CEO</p></div> -->
      <template><div class="h-card"><span class="p-name">Template Person</span></div></template>
      <div class="g">
        <div class="m"><h3>Ada Quinn</h3><p>CFO</p></div>
        <div class="m"><h3>Bo Lind</h3><p>CTO</p></div>
      </div>
      <div class="g" style="display: none">
        <div class="m"><h3>Ada Quinn</h3><p>CFO</p></div>
        <div class="m"><h3>Bo Lind</h3><p>CTO</p></div>
      </div>`);
    const people = findPeople(doc, PAGE_URL);
    expect(people.map((p) => p.name)).toEqual(['Ada Quinn', 'Bo Lind']);
    expect(people[0]?.element?.closest('[style]')).toBeNull();
  });
});
