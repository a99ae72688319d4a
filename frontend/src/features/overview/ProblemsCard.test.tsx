import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DashboardProblem } from '../../lib/api';
import { initI18n } from '../../lib/i18n';
import { ProblemsCard } from './ProblemsCard';

const several: DashboardProblem = {
  kind: 'several_additions',
  subject: 'Alpha GmbH',
  codes: ['101', '102'],
  detail: '',
  tenantId: 't1',
  productKey: 'XDR',
  runId: 0,
  month: '2026-11',
  product: 'Intercept X Advanced',
  agreementId: 7,
  agreement: 'Sophos Security Services',
  catalogItemId: 10,
};

describe('ProblemsCard', () => {
  it('names customer, product and agreement of several additions and links to that month of the usage sync (German)', async () => {
    await initI18n('de');
    render(<ProblemsCard problems={[several]} />);
    const link = screen.getByRole('link', {
      name: 'Mehrere Zusätze für ein Produkt: Alpha GmbH, Intercept X Advanced (Vertrag Sophos Security Services)',
    });
    expect(link.getAttribute('href')).toBe('/sync?month=2026-11');
    expect(screen.getByText(/Zusätze 101, 102/)).toBeTruthy();
  });

  it('says it in English', async () => {
    await initI18n('en');
    render(<ProblemsCard problems={[several]} />);
    expect(
      screen.getByRole('link', {
        name: 'Several additions for one product: Alpha GmbH, Intercept X Advanced (agreement Sophos Security Services)',
      }),
    ).toBeTruthy();
    expect(screen.getByText(/Additions 101, 102/)).toBeTruthy();
  });
});
