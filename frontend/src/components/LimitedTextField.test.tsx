import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../features/products/dialogs/testing';
import { LimitedTextField } from './LimitedTextField';

describe('LimitedTextField', () => {
  it('says "1 of 60 characters left" in English (defect 13)', async () => {
    await renderIn(
      'en',
      <LimitedTextField name="d" label="Description" value={'x'.repeat(59)} onChange={() => {}} max={60} isRequired />,
    );
    expect(screen.getByText('1 of 60 characters left')).toBeTruthy();
  });
});
