import { describe, expect, it } from 'vitest';
import { GAP_IDS, RULES } from '../../lib/coverage';
import { QUESTIONS } from '../../lib/i18n';
import { COMMITTEE_QUESTIONS } from '../../lib/i18n/questions/committee';
import { HYGIENE_QUESTIONS } from '../../lib/i18n/questions/hygiene';
import { ROLE_QUESTIONS } from '../../lib/i18n/questions/roles';
import { STANCE_QUESTIONS } from '../../lib/i18n/questions/stance';
import { THREADING_QUESTIONS } from '../../lib/i18n/questions/threading';
import { LANGUAGES } from '../../lib/model';

const ids = Object.keys(QUESTIONS);

describe('the question bank', () => {
  it('has no id defined in two topic files (a spread would silently drop one)', () => {
    const topics = [
      ROLE_QUESTIONS,
      STANCE_QUESTIONS,
      THREADING_QUESTIONS,
      COMMITTEE_QUESTIONS,
      HYGIENE_QUESTIONS,
    ];
    expect(topics.reduce((n, topic) => n + Object.keys(topic).length, 0)).toBe(ids.length);
  });

  it('asks questions: each ends with a question mark of its script', () => {
    for (const [id, text] of Object.entries(QUESTIONS)) {
      expect(text.zh, id).toMatch(/？$/);
      for (const language of LANGUAGES.filter((l) => l !== 'zh')) {
        expect(text[language], `${id} ${language}`).toMatch(/\?$/);
      }
    }
  });

  it('has no two questions alike in any language', () => {
    for (const language of LANGUAGES) {
      const texts = Object.values(QUESTIONS).map((q) => q[language]);
      expect(new Set(texts).size, language).toBe(texts.length);
    }
  });

  it('is all in use: every question closes some gap', () => {
    const used = new Set<string>(RULES.flatMap((rule) => rule.questions));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('rules and gaps', () => {
  it('every gap has exactly one rule, and every rule at least two questions', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...GAP_IDS].sort());
    for (const rule of RULES) expect(rule.questions.length, rule.id).toBeGreaterThanOrEqual(2);
  });
});
