import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CoverageScore } from '../../components/CoverageScore';
import { DealContextForm } from '../../components/DealContextForm';
import { GapList } from '../../components/GapList';
import { LanguageContext } from '../../components/i18n';
import { RoleGrid } from '../../components/RoleGrid';
import { PresetContext } from '../../components/vocabulary';
import { assessCoverage, explainGap, SEVERITIES } from '../../lib/coverage';
import { questionText } from '../../lib/i18n/questions';
import { uiText } from '../../lib/i18n/ui';
import { dealOfLegacyAccount, type Language, type MethodologyPreset } from '../../lib/model';
import { account, OPTIONS, person } from '../coverage/scenario';

const cfo = person('cfo', {
  name: 'Tomás Okafor',
  title: 'Chief Financial Officer',
  roles: ['economic-buyer', 'budget-holder'],
  influence: 'high',
});
const cto = person('cto', { name: 'Priya Raman', roles: ['champion'], stance: 'supporter' });

function within_(language: Language, preset: MethodologyPreset, node: preact.ComponentChild) {
  return render(
    <LanguageContext.Provider value={language}>
      <PresetContext.Provider value={preset}>{node}</PresetContext.Provider>
    </LanguageContext.Provider>,
  );
}

describe('the coverage score', () => {
  it('shows the score and what would raise it most, in the preset’s vocabulary', () => {
    const { score } = assessCoverage(account({ preset: 'hubspot' }), [cto], OPTIONS);
    within_('en', 'hubspot', <CoverageScore coverage={score} />);
    const region = screen.getByRole('region', { name: `Coverage score ${score.score} of 100` });
    // HubSpot calls the economic buyer the decision maker.
    expect(within(region).getByText('Find the Decision maker')).toBeTruthy();
    expect(region.textContent).not.toContain('Economic buyer');
  });

  it('speaks the rep’s language', () => {
    const { score } = assessCoverage(account(), [cfo], OPTIONS);
    within_('fi', 'decision-chain', <CoverageScore coverage={score} />);
    expect(screen.getByRole('heading', { name: uiText('fi', 'coverage.raise') })).toBeTruthy();
    expect(screen.getByRole('region').getAttribute('aria-label')).toBe(
      uiText('fi', 'coverage.scoreOf', { score: score.score }),
    );
  });
});

describe('the gap list', () => {
  it('lists gaps most severe first and copies a question in the customer’s language', async () => {
    const { gaps } = assessCoverage(account({ stage: 'vendor-evaluation' }), [cfo], OPTIONS);
    const onCopy = vi.fn(async () => true);
    within_(
      'en',
      'decision-chain',
      <GapList gaps={gaps} stakeholders={[cfo]} questionLanguage="de" onCopy={onCopy} />,
    );
    const items = screen.getAllByRole('listitem').filter((item) => item.matches('.rc-gap'));
    expect(items.map((item) => item.querySelector('.rc-gap-text')?.textContent)).toEqual(
      gaps.map((gap) => explainGap(gap, 'en')),
    );
    const order: readonly string[] = SEVERITIES;
    const ranks = gaps.map((gap) => order.indexOf(gap.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const noChampion = gaps.find((gap) => gap.id === 'no-champion');
    if (!noChampion) throw new Error('expected a no-champion gap');
    const item = items[gaps.indexOf(noChampion)];
    if (!item) throw new Error('no item for the gap');
    const first = noChampion.questionIds[0];
    if (!first) throw new Error('the gap has no questions');
    fireEvent.click(within(item).getAllByRole('button', { name: 'Copy question' })[0] as Element);
    await waitFor(() => expect(onCopy).toHaveBeenCalledWith(questionText(first, 'de')));
    await waitFor(() =>
      expect(within(item).getAllByRole('button', { name: 'Copy question' })[0]?.title).toBe(
        'Copied',
      ),
    );
  });

  it('says so when nothing is missing', () => {
    within_(
      'en',
      'decision-chain',
      <GapList gaps={[]} stakeholders={[]} questionLanguage="en" onCopy={async () => true} />,
    );
    expect(screen.getByText(uiText('en', 'coverage.noGaps'))).toBeTruthy();
  });
});

describe('the role grid', () => {
  it('shows who holds each tracked role, and a dash where nobody does', () => {
    within_('en', 'decision-chain', <RoleGrid stakeholders={[cfo, cto]} preset="decision-chain" />);
    const grid = screen.getByRole('table', { name: 'Role coverage' });
    const row = (name: string) => within(grid).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Economic buyer').textContent).toContain('Tomás Okafor');
    expect(row('Budget holder').textContent).toContain('Tomás Okafor');
    expect(row('Champion').textContent).toContain('Priya Raman');
    expect(row('Procurement').textContent).toContain('—');
  });

  it('shows only the roles the methodology tracks, under its names', () => {
    within_('en', 'miller-heiman', <RoleGrid stakeholders={[cto]} preset="miller-heiman" />);
    const grid = screen.getByRole('table', { name: 'Role coverage' });
    expect(within(grid).getByRole('row', { name: /^User buyer/ })).toBeTruthy();
    expect(within(grid).queryByRole('row', { name: /^Gatekeeper/ })).toBeNull();
  });
});

describe('the deal context form', () => {
  it('reports each change the rep makes', () => {
    const onChange = vi.fn();
    const deal = dealOfLegacyAccount(account());
    within_('en', 'decision-chain', <DealContextForm deal={deal} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'purchase-decision' } });
    expect(onChange).toHaveBeenLastCalledWith({ stage: 'purchase-decision' });
    fireEvent.change(screen.getByLabelText('Question language'), { target: { value: 'zh' } });
    expect(onChange).toHaveBeenLastCalledWith({ questionLanguage: 'zh' });
    fireEvent.change(screen.getByLabelText('Close date'), { target: { value: '2026-03-31' } });
    expect(onChange).toHaveBeenLastCalledWith({ closeDate: '2026-03-31' });
    fireEvent.change(screen.getByLabelText('Close date'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ closeDate: undefined });
  });
});
