import { describe, expect, it } from 'vitest';
import { readTitle } from '../../../lib/extract/titles';

describe('readTitle', () => {
  it.each([
    'CFO',
    'Chief Financial Officer',
    'Финансовый директор',
    '首席财务官',
    'Direktur Keuangan',
    'talousjohtaja',
    'Finanzvorstand',
  ])('reads %s as the finance executive who holds the budget', (title) => {
    const reading = readTitle(title);
    expect(reading.department).toBe('finance');
    expect(reading.seniority).toBe('executive');
    expect(reading.roles[0]).toBe('budget-holder');
  });

  it.each([
    ['Chief Executive Officer', 'executive', 'executive', 'economic-buyer'],
    ['Генеральный директор', 'executive', 'executive', 'economic-buyer'],
    ['总裁', 'executive', 'executive', 'economic-buyer'],
    ['Direktur Utama', 'executive', 'executive', 'economic-buyer'],
    ['Toimitusjohtaja', 'executive', 'executive', 'economic-buyer'],
    ['Geschäftsführer', 'executive', 'executive', 'economic-buyer'],
    ['CTO', 'engineering', 'executive', 'technical-evaluator'],
    ['首席技术官', 'engineering', 'executive', 'technical-evaluator'],
    ['Технический директор', 'engineering', 'executive', 'technical-evaluator'],
    ['Chief Information Security Officer', 'security', 'executive', 'technical-evaluator'],
    ['Head of Procurement', 'procurement', 'director', 'procurement'],
    ['Einkaufsleiter', 'procurement', 'director', 'procurement'],
    ['Руководитель отдела закупок', 'procurement', 'director', 'procurement'],
    ['采购经理', 'procurement', 'manager', 'procurement'],
    ['Manajer Pengadaan', 'procurement', 'manager', 'procurement'],
    ['Hankintapäällikkö', 'procurement', 'manager', 'procurement'],
    ['General Counsel', 'legal', 'director', 'procurement'],
    ['法务总监', 'legal', 'director', 'procurement'],
    ['Justiziarin', 'legal', 'individual', 'procurement'],
    ['VP, Sales', 'sales', 'vp', 'economic-buyer'],
    ['Vertriebsleiter', 'sales', 'director', 'influencer'],
    ['Regional Director of Sales, East', 'sales', 'director', 'influencer'],
    ['Account Executive', 'sales', 'individual', 'user'],
    ['Product Marketing Manager', 'marketing', 'manager', 'influencer'],
    ['Pressereferentin', 'marketing', 'individual', 'user'],
    ['Mediapäällikkö', 'marketing', 'manager', 'influencer'],
    ['Chief People Officer', 'hr', 'executive', 'economic-buyer'],
    ['Senior Support Engineer', 'customer-service', 'individual', 'user'],
    ['Software Engineer', 'engineering', 'individual', 'technical-evaluator'],
    ['Programmierer', 'engineering', 'individual', 'technical-evaluator'],
    ['Разработчик', 'engineering', 'individual', 'technical-evaluator'],
    ['软件工程师', 'engineering', 'individual', 'technical-evaluator'],
    ['Head of IT', 'it', 'director', 'technical-evaluator'],
    ['DevOps Engineer', 'it', 'individual', 'technical-evaluator'],
    ['Главный бухгалтер', 'finance', 'manager', 'budget-holder'],
    ['Controller', 'finance', 'individual', 'user'],
    ['Rahastonhoitaja', 'finance', 'individual', 'user'],
    ['Bendahara', 'finance', 'individual', 'user'],
    ['Executive Assistant to the CEO', 'executive', 'assistant', 'gatekeeper'],
    ['Секретарь', 'other', 'assistant', 'gatekeeper'],
    ['总经理助理', 'executive', 'assistant', 'gatekeeper'],
    ['Sekretariat', 'operations', 'assistant', 'gatekeeper'],
    ['Chairman of the Board', 'executive', 'board', 'approver'],
    ['Aufsichtsratsvorsitzender', 'executive', 'board', 'approver'],
    ['Председатель совета директоров', 'executive', 'board', 'approver'],
    ['董事长', 'executive', 'board', 'approver'],
    ['Dewan Pembina', 'executive', 'board', 'approver'],
    ['Puheenjohtaja', 'executive', 'board', 'approver'],
    ['COO', 'operations', 'executive', 'economic-buyer'],
    ['运营总监', 'operations', 'director', 'influencer'],
    ['Büroleiter', 'operations', 'director', 'influencer'],
    ['Project Manager', 'other', 'manager', 'influencer'],
  ])('reads %s as %s / %s, first suggesting %s', (title, department, seniority, role) => {
    const reading = readTitle(title);
    expect([reading.department, reading.seniority, reading.roles[0]]).toEqual([
      department,
      seniority,
      role,
    ]);
  });

  it('always suggests at least one role, and never the same role twice', () => {
    for (const title of ['Open Sourceror', 'Blood Deity', 'Hive-Mind Community Wrangler', '']) {
      const { roles } = readTitle(title);
      expect(roles.length).toBeGreaterThan(0);
      expect(new Set(roles).size).toBe(roles.length);
    }
  });

  it('marks IT security as a gatekeeper too', () => {
    expect(readTitle('Security Engineer').roles).toContain('gatekeeper');
  });
});
