import { describe, expect, it } from 'vitest';
import { readTitle } from '../../../lib/extract/titles';

describe('readTitle', () => {
  it.each([
    'CFO',
    'Chief Financial Officer',
    'Финансовый директор',
    '首席财务官',
    'Direktur Keuangan',
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
    ['CTO', 'it', 'executive', 'technical-evaluator'],
    ['首席技术官', 'it', 'executive', 'technical-evaluator'],
    ['Технический директор', 'engineering', 'executive', 'technical-evaluator'],
    ['Chief Information Security Officer', 'security', 'executive', 'technical-evaluator'],
    ['Head of Procurement', 'procurement', 'head', 'procurement'],
    ['Einkaufsleiter', 'procurement', 'head', 'procurement'],
    ['Руководитель отдела закупок', 'procurement', 'head', 'procurement'],
    ['采购经理', 'procurement', 'manager', 'procurement'],
    ['Manajer Pengadaan', 'procurement', 'manager', 'procurement'],
    ['Hankintapäällikkö', 'procurement', 'manager', 'procurement'],
    ['General Counsel', 'legal', 'head', 'procurement'],
    ['法务总监', 'legal', 'director', 'procurement'],
    ['Justiziarin', 'legal', 'individual', 'procurement'],
    ['VP, Sales', 'sales', 'vp', 'economic-buyer'],
    ['Vertriebsleiter', 'sales', 'head', 'influencer'],
    ['Regional Director of Sales, East', 'sales', 'director', 'influencer'],
    ['Account Executive', 'sales', 'individual', 'user'],
    ['Product Marketing Manager', 'marketing', 'manager', 'influencer'],
    ['Pressereferentin', 'marketing', 'individual', 'user'],
    ['Mediapäällikkö', 'marketing', 'manager', 'influencer'],
    ['Chief People Officer', 'hr', 'executive', 'economic-buyer'],
    ['Senior Support Engineer', 'customer-success', 'individual', 'user'],
    ['Software Engineer', 'engineering', 'individual', 'technical-evaluator'],
    ['Programmierer', 'engineering', 'individual', 'technical-evaluator'],
    ['Разработчик', 'engineering', 'individual', 'technical-evaluator'],
    ['软件工程师', 'engineering', 'individual', 'technical-evaluator'],
    ['Head of IT', 'it', 'head', 'technical-evaluator'],
    ['DevOps Engineer', 'it', 'individual', 'technical-evaluator'],
    ['Главный бухгалтер', 'finance', 'head', 'budget-holder'],
    ['Controller', 'finance', 'individual', 'user'],
    ['Rahastonhoitaja', 'finance', 'individual', 'user'],
    ['Bendahara', 'finance', 'individual', 'user'],
    ['Executive Assistant to the CEO', 'administration', 'assistant', 'gatekeeper'],
    ['Секретарь', 'administration', 'assistant', 'gatekeeper'],
    ['总经理助理', 'administration', 'assistant', 'gatekeeper'],
    ['Sekretariat', 'administration', 'assistant', 'gatekeeper'],
    ['Chairman of the Board', 'executive', 'board', 'approver'],
    ['Aufsichtsratsvorsitzender', 'executive', 'board', 'approver'],
    ['Председатель совета директоров', 'executive', 'board', 'approver'],
    ['董事长', 'executive', 'board', 'approver'],
    ['Dewan Pembina', 'executive', 'board', 'approver'],
    ['Puheenjohtaja', 'executive', 'board', 'approver'],
    ['COO', 'operations', 'executive', 'economic-buyer'],
    ['运营总监', 'operations', 'director', 'influencer'],
    ['Büroleiter', 'administration', 'head', 'influencer'],
    ['Project Manager', 'other', 'manager', 'influencer'],
    ['talousjohtaja', 'finance', 'director', 'budget-holder'],
    ['Finanzvorstand', 'finance', 'board', 'approver'],
    ['Professor of Economics', 'research', 'individual', 'technical-evaluator'],
    ['Kepala Sub Bagian Tata Usaha', 'administration', 'head', 'influencer'],
  ])('reads %s as %s / %s, first suggesting %s', (title, department, seniority, role) => {
    const reading = readTitle(title);
    expect([reading.department, reading.seniority, reading.roles[0]]).toEqual([
      department,
      seniority,
      role,
    ]);
  });

  it('reads a title it does not know as unknown and suggests nothing', () => {
    for (const title of ['Open Sourceror', 'Blood Deity', '']) {
      expect(readTitle(title)).toEqual({ department: 'unknown', seniority: 'unknown', roles: [] });
    }
  });

  it('never suggests the same role twice', () => {
    for (const title of ['Hive-Mind Community Wrangler', 'CFO', 'Security Engineer', '采购经理']) {
      const { roles } = readTitle(title);
      expect(roles.length).toBeGreaterThan(0);
      expect(new Set(roles).size).toBe(roles.length);
    }
  });

  it('marks IT security as a gatekeeper too', () => {
    expect(readTitle('Security Engineer').roles).toContain('gatekeeper');
  });

  describe('the most specific word wins', () => {
    it.each([
      ['Vice President', 'vp'],
      ['Executive Vice President', 'vp'],
      ['Заместитель генерального директора', 'vp'],
      ['副总裁', 'vp'],
      ['副总经理', 'vp'],
      ['Wakil Direktur Utama', 'vp'],
      ['Varatoimitusjohtaja', 'vp'],
      ['Deputy Director of Infrastructure', 'director'],
      ['Заместитель начальника отдела', 'head'],
      ['Stellv. Abteilungsleiterin', 'head'],
    ])('a deputy (%s) is %s', (title, seniority) => {
      expect(readTitle(title).seniority).toBe(seniority);
    });

    it('reads "-assistentti" before "-johtaja" and "työnjohtaja" as a foreman', () => {
      expect(readTitle('Toimitusjohtajan assistentti').seniority).toBe('assistant');
      expect(readTitle('Myyntiassistentti')).toMatchObject({
        department: 'sales',
        seniority: 'assistant',
      });
      expect(readTitle('Työnjohtaja')).toMatchObject({
        department: 'operations',
        seniority: 'lead',
      });
      expect(readTitle('Toimitusjohtaja').seniority).toBe('executive');
    });

    it('splits compounds and reads feminine and gendered forms', () => {
      expect(readTitle('Marketingleiterin')).toMatchObject({
        department: 'marketing',
        seniority: 'head',
      });
      expect(readTitle('Vertriebsmitarbeiter:in (m/w/d)')).toMatchObject({
        department: 'sales',
        seniority: 'individual',
      });
      expect(readTitle('Hallituksen jäsen')).toMatchObject({
        department: 'executive',
        seniority: 'board',
      });
    });

    it('lets an office win over ownership and the first-named role decide', () => {
      expect(readTitle('Founder & CEO').seniority).toBe('executive');
      expect(readTitle('Founder and CEO').seniority).toBe('executive');
      // A board seat beside an executive post: the post is the work.
      expect(readTitle('监事、副总经理').seniority).toBe('vp');
      expect(readTitle('Präsident').seniority).toBe('board');
      expect(readTitle('Hallituksen jäsen, sihteeri').seniority).toBe('board');
    });

    it('reads "Principal" before another post as its grade, alone as a school head', () => {
      expect(readTitle('Principal Software Engineer')).toMatchObject({
        department: 'engineering',
        seniority: 'individual',
      });
      expect(readTitle('Principal')).toMatchObject({ department: 'executive', seniority: 'head' });
    });

    it('reads "Chief" before a post as a lead, before "Officer" as an executive', () => {
      expect(readTitle('Chief Architect').seniority).toBe('lead');
      expect(readTitle('Chief People Officer').seniority).toBe('executive');
    });

    it('reads a security guard as operations, not IT security', () => {
      expect(readTitle('Satpam').department).toBe('operations');
      expect(readTitle('Security Guard').department).toBe('operations');
    });
  });

  describe('the function nearest the post names the department', () => {
    it.each([
      // Russian and Indonesian name the function after the post: the first one decides.
      ['Начальник отдела закупок и логистики', 'procurement'],
      ['Kepala Bagian Keuangan dan Umum', 'finance'],
      // Chinese names it before the post: the last one before it decides.
      ['信息工程学院院长', 'research'],
      ['网络营销经理', 'marketing'],
    ])('%s reads as %s', (title, department) => {
      expect(readTitle(title).department).toBe(department);
    });

    it('finds a function inside a Finnish or German compound before its post', () => {
      expect(readTitle('Opiskelijamarkkinointivastaava').department).toBe('marketing');
      expect(readTitle('Teamleitung Kreditorenbuchhaltung').department).toBe('finance');
    });

    it('takes the function named beside an assistant post that only implies one', () => {
      expect(readTitle('Assistenz / Einkauf')).toMatchObject({
        department: 'procurement',
        seniority: 'assistant',
      });
      // A manager of something named elsewhere keeps the function of the post.
      expect(readTitle('Product Manager, Mobile Platform').department).toBe('product');
    });
  });

  describe('a head post over the whole organisation heads it', () => {
    it.each([
      ['Директор', 'executive', 'executive'],
      ['Директор школы', 'executive', 'executive'],
      ['Начальник учреждения', 'executive', 'executive'],
      ['Заведующий детским садом', 'executive', 'head'],
      [
        'Директор муниципального бюджетного общеобразовательного учреждения',
        'executive',
        'executive',
      ],
      ['Заместитель директора по УВР', 'research', 'vp'],
      ['Заместитель директора по хозяйственной работе', 'operations', 'vp'],
      // A field after the post, a qualifier before it, or a unit over it: a function's post.
      ['Директор по маркетингу', 'marketing', 'director'],
      ['Региональный директор', 'other', 'director'],
      ['Начальник отдела', 'other', 'head'],
      ['Начальник организационного отдела', 'other', 'head'],
      ['Заместитель директора филиала', 'operations', 'director'],
    ])('%s reads as %s / %s', (title, department, seniority) => {
      expect(readTitle(title)).toMatchObject({ department, seniority });
    });

    it('keeps the head of the organisation in the executive beside a second post', () => {
      expect(readTitle('Директор, преподаватель').department).toBe('executive');
    });
  });

  describe('a post that keeps its own function whatever field it serves', () => {
    it.each([
      ['Mathematics Teacher', 'research'],
      ['Учитель информатики', 'research'],
      ['Guru TIK', 'research'],
      ['Kaprodi Bisnis Digital', 'research'],
      ['IT Recruiter', 'hr'],
      ['Commercial Counsel', 'legal'],
      ['研究生辅导员', 'administration'],
    ])('%s reads as %s', (title, department) => {
      expect(readTitle(title).department).toBe(department);
    });
  });

  describe('word forms', () => {
    it('reads a word inside a longer one as part of it', () => {
      expect(readTitle('Abteilungsleiter (Stellvertreter)').department).toBe('other');
    });

    it('reads a Finnish plural as its post, and a genitive as its complement', () => {
      expect(readTitle('Tapahtumapäälliköt')).toMatchObject({
        department: 'marketing',
        seniority: 'manager',
      });
      expect(readTitle('Toimitusjohtajan assistentti').seniority).toBe('assistant');
    });

    it('reads traditional Chinese characters as simplified', () => {
      expect(readTitle('資訊部經理')).toMatchObject({ department: 'it', seniority: 'manager' });
      expect(readTitle('創辦人暨執行長').seniority).toBe('executive');
    });

    it('reads Finnish function words in the genitive', () => {
      expect(readTitle('Markkinoinnin asiantuntija').department).toBe('marketing');
      expect(readTitle('Kehityksen johtaja').department).toBe('product');
    });

    it('reads German umlauts spelled out as the umlaut', () => {
      expect(readTitle('Geschaeftsfuehrerin')).toMatchObject({
        department: 'executive',
        seniority: 'executive',
      });
    });

    it('splits Chinese roles joined by 兼 and Latin letters glued to Chinese', () => {
      expect(readTitle('总经理兼业务总监').seniority).toBe('executive');
      expect(readTitle('营销SVP')).toMatchObject({ department: 'marketing', seniority: 'vp' });
    });
  });

  describe('levels the conventions name', () => {
    it.each([
      ['Board Member', 'board'],
      ['Assistant Director of Admissions', 'director'],
      ['Koordinator Kegiatan Sekolah', 'individual'],
      ['Dewan Pembina', 'board'],
      ['Pembina Pramuka', 'individual'],
    ])('%s reads as %s', (title, seniority) => {
      expect(readTitle(title).seniority).toBe(seniority);
    });

    it('reads a Chinese post padded with spaces for alignment as one word', () => {
      expect(readTitle('院    长')).toMatchObject({ department: 'research', seniority: 'head' });
    });
  });
});
