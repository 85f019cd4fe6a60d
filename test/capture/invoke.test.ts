import { describe, expect, it } from 'vitest';
import { PanelOpenings } from '../../lib/capture/invoke';

describe('which frame may become the panel', () => {
  it('accepts the frame of the tab the panel was opened in, once', () => {
    const openings = new PanelOpenings();
    const token = openings.issue(7);
    expect(openings.claim(7, token)).toBe(true);
    // A second frame with the same token (the page copying ours) is refused.
    expect(openings.claim(7, token)).toBe(false);
  });

  it('refuses a frame in another tab, outside any tab, or with an older token', () => {
    const openings = new PanelOpenings();
    const older = openings.issue(7);
    const newer = openings.issue(7);
    expect(openings.claim(8, newer)).toBe(false);
    expect(openings.claim(undefined, newer)).toBe(false);
    expect(openings.claim(7, older)).toBe(false);
    expect(openings.claim(7, newer)).toBe(true);
  });
});
