import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../lib/model';

describe('normalizeName', () => {
  it.each([
    ['Jane  Doe', 'jane doe'],
    ['JANE DOE', 'jane doe'],
    ['José Álvarez', 'jose alvarez'],
    ['Dr. Jane Doe', 'dr jane doe'],
    ['张\u3000三', '张三'],
    ['Иванов Иван Иванович', 'иванов иван иванович'],
    ['Ｊａｎｅ Ｄｏｅ', 'jane doe'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });
});
