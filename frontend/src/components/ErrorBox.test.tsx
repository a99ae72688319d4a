import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorBox } from './ErrorBox';

describe('ErrorBox', () => {
  it('announces a message as an alert', () => {
    render(<ErrorBox message="Speichern fehlgeschlagen" />);
    expect(screen.getByRole('alert').textContent).toBe('Speichern fehlgeschlagen');
  });

  it('renders nothing for an empty or missing message', () => {
    const { container, rerender } = render(<ErrorBox message="" />);
    expect(container.innerHTML).toBe('');
    rerender(<ErrorBox message={undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('holds richer content in one alert', () => {
    render(
      <ErrorBox>
        <p>Laden fehlgeschlagen</p>
        <button>Erneut versuchen</button>
      </ErrorBox>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Laden fehlgeschlagen');
    expect(alert.querySelector('button')?.textContent).toBe('Erneut versuchen');
  });
});
