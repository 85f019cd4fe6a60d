import { describe, expect, it } from 'vitest';
import { selectText } from '../../components/PageChips';

function rangeIn(html: string, name?: string): Range {
  document.body.innerHTML = html;
  const element = document.body.firstElementChild;
  if (!element) throw new Error('no element');
  const range = document.createRange();
  selectText(range, element, name);
  return range;
}

describe('where a chip sits', () => {
  it('sits after the name when the name stands inside a longer line', () => {
    const range = rangeIn(
      '<p>Company secretary — Olusegun Adeyemi-Hart, tel. <a href="tel:+44">+44 20 7946 0011</a></p>',
      'Olusegun Adeyemi-Hart',
    );
    expect(range.toString()).toBe('Olusegun Adeyemi-Hart');
  });

  it('spans the words of an element that is the name, leaving an icon out', () => {
    const range = rangeIn('<h3>Dana <b>Whitcombe</b><span> +</span></h3>', 'Dana Whitcombe');
    expect(range.toString()).toBe('Dana Whitcombe');
  });
});
