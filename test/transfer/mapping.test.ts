/** The column-mapping step for other people's CSV files. */
import { describe, expect, it } from 'vitest';
import {
  csvToSnapshot,
  describeProblem,
  exportFiles,
  mappingProblems,
  proposeMapping,
  readImportFile,
  sayIn,
} from '../../lib/transfer';
import { GENERIC_HEADERS } from '../../lib/transfer/generic-csv';
import { blobOf, sampleMap } from './helpers';

describe('proposeMapping', () => {
  it.each([
    [
      [
        'First Name',
        'Last Name',
        'Email',
        'Job Title',
        'Company Name',
        'Company Domain Name',
        'Buying Role',
      ],
      ['first-name', 'last-name', 'email', 'title', 'account-name', 'account-domains', 'roles'],
    ],
    [
      ['Фамилия', 'Имя', 'Должность', 'Компания', 'Электронная почта', 'Телефон'],
      ['last-name', 'first-name', 'title', 'account-name', 'email', 'phone'],
    ],
    [
      ['姓名', '职位', '公司', '邮箱', '部门'],
      ['name', 'title', 'account-name', 'email', 'department'],
    ],
    [
      ['Nama Lengkap', 'Jabatan', 'Perusahaan', 'Surel'],
      ['name', 'title', 'account-name', 'email'],
    ],
    [
      ['Etunimi', 'Sukunimi', 'Titteli', 'Yritys', 'Sähköposti'],
      ['first-name', 'last-name', 'title', 'account-name', 'email'],
    ],
    [
      ['Vorname', 'Nachname', 'Position', 'Firma', 'E-Mail-Adresse', 'Abteilung'],
      ['first-name', 'last-name', 'title', 'account-name', 'email', 'department'],
    ],
    [
      ['firstname', 'lastname', 'jobtitle', 'company', 'hs_buying_role'],
      ['first-name', 'last-name', 'title', 'account-name', 'roles'],
    ],
    [
      ['Name', 'Name', 'Favourite colour', '__proto__'],
      ['name', null, null, null],
    ],
  ])('%j', (headers, expected) => {
    expect(proposeMapping(headers)).toEqual(expected);
  });

  it('maps every column of our own CSV', () => {
    expect(proposeMapping(GENERIC_HEADERS)).not.toContain(null);
  });
});

describe('mapping problems', () => {
  it('asks for a name and an account, and refuses a field chosen twice', () => {
    expect(mappingProblems(['title', 'title'], false).map((said) => sayIn('en', said))).toEqual([
      'Two columns are both set to "Job title"; choose one.',
      "Choose the column with the person's name (full name, or first and last name).",
      'Choose the column with the company (account) name, or pick one account for everybody.',
    ]);
    expect(mappingProblems(['name'], true)).toEqual([]);
  });
});

describe('a rep-edited mapping', () => {
  it('imports a CRM export into one chosen account, CRM roles read back as ours', async () => {
    const csv =
      'Contact,Position,Rolle,Whatever\nIvan Petrov,CTO,Technical Buyer;DECISION_MAKER,x\nLi Wei,Buyer,LEGAL_AND_COMPLIANCE,y\n';
    const read = await readImportFile({ name: 'crm.csv', data: blobOf(csv) });
    if (!read.ok || read.value.kind !== 'csv') throw new Error('expected CSV');
    expect(read.value.mapping).toEqual(['name', 'title', 'roles', null]);
    const mapped = await csvToSnapshot(read.value.table, ['name', 'note', 'roles', null], {
      now: 1,
      newId: (() => {
        let n = 0;
        return () => `id-${++n}`;
      })(),
      fallbackAccountName: 'Globex',
    });
    if (!mapped.ok) throw new Error(mapped.problems.map(describeProblem).join('\n'));
    const { accounts, deals, stakeholders } = mapped.value.snapshot;
    expect(accounts).toMatchObject([{ id: 'id-1', name: 'Globex', domains: [] }]);
    // A file without deal columns puts the account's people in one deal named after it.
    expect(deals).toMatchObject([{ id: 'id-1', accountId: 'id-1', name: 'Globex' }]);
    expect(stakeholders).toMatchObject([
      {
        name: 'Ivan Petrov',
        involvements: [
          { dealId: 'id-1', note: 'CTO', roles: ['technical-evaluator', 'economic-buyer'] },
        ],
        accountId: 'id-1',
        evidence: [{ method: 'import', capturedAt: 1 }],
      },
      { name: 'Li Wei', involvements: [{ note: 'Buyer', roles: ['procurement'] }] },
    ]);
  });

  it('joins CJK first and last names family name first, without a space', async () => {
    const read = await readImportFile({
      name: 'cn.csv',
      data: blobOf('姓,名,公司\n张,三,阿里巴巴\n'),
    });
    if (!read.ok || read.value.kind !== 'csv') throw new Error('expected CSV');
    const mapped = await csvToSnapshot(read.value.table, read.value.mapping, {
      now: 1,
      newId: () => 'x',
    });
    expect(mapped.ok && mapped.value.snapshot.stakeholders.map((p) => p.name)).toEqual(['张三']);
  });

  it('"semicolon" CSV from a European spreadsheet is read', async () => {
    const read = await readImportFile({
      name: 'de.csv',
      data: blobOf('Name;Firma;E-Mail\nJürgen Groß;Müller GmbH;jg@mueller.de\n'),
    });
    if (!read.ok || read.value.kind !== 'csv') throw new Error('expected CSV');
    expect(read.value.table.rows).toEqual([['Jürgen Groß', 'Müller GmbH', 'jg@mueller.de']]);
  });
});

describe('the seniority column of our CSV', () => {
  it('is written beside the department and read back', async () => {
    const [file] = exportFiles(sampleMap(), 'csv', { now: new Date(0), bom: false });
    const [header = '', jane = ''] = file?.text.split('\r\n') ?? [];
    expect(header).toContain('Department,Seniority,Roles');
    expect(jane).toContain(',finance,executive,');
    const read = await readImportFile({ name: 'ours.csv', data: blobOf(file?.text ?? '') });
    if (!read.ok || read.value.kind !== 'csv') throw new Error('expected CSV');
    expect(read.value.ownFormat).toBe(true);
    let n = 0;
    const mapped = await csvToSnapshot(read.value.table, read.value.mapping, {
      now: 1,
      newId: () => `id-${++n}`,
    });
    if (!mapped.ok) throw new Error(mapped.problems.map(describeProblem).join('\n'));
    expect(mapped.value.snapshot.stakeholders.find((p) => p.id === 'p-jane')?.seniority).toBe(
      'executive',
    );
  });

  it('may be missing: a file written before it is still our own CSV', async () => {
    const [file] = exportFiles(sampleMap(), 'csv', { now: new Date(0), bom: false });
    const older = (file?.text ?? '')
      .split('\r\n')
      .map((line) => line.replace(',Seniority,', ',').replace(',executive,', ','))
      .join('\r\n');
    const read = await readImportFile({ name: 'older.csv', data: blobOf(older) });
    expect(read.ok && read.value.kind === 'csv' && read.value.ownFormat).toBe(true);
  });

  it('reads a CRM level column by its label', async () => {
    const read = await readImportFile({
      name: 'crm.csv',
      data: blobOf('Name,Company,Seniority\nAda Lovelace,Analytical,Head\n'),
    });
    if (!read.ok || read.value.kind !== 'csv') throw new Error('expected CSV');
    const mapped = await csvToSnapshot(read.value.table, read.value.mapping, {
      now: 1,
      newId: () => 'x',
    });
    expect(mapped.ok && mapped.value.snapshot.stakeholders[0]?.seniority).toBe('head');
  });
});
