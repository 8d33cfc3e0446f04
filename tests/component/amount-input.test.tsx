// The amount field in happy-dom: a labelled input that saves only whole amounts, says in Swedish
// what is wrong with anything else, and shows a value that changed elsewhere (reset, example).
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AmountInput } from '../../src/ui/tool/AmountInput';

afterEach(cleanup);

const range = { min: 0, max: 1000 };

function setup(initial: string | undefined) {
  let stored = initial;
  const onChange = vi.fn((v: string | undefined) => (stored = v));
  const props = {
    id: 'f',
    label: 'Kommunen: kostnad år 1, i tusental kronor',
    range,
    unitName: 'tusental kronor',
    live: () => stored,
    onChange,
  };
  const view = render(<AmountInput {...props} value={stored} />);
  const input = screen.getByLabelText<HTMLInputElement>('Kommunen: kostnad år 1, i tusental kronor');
  return { input, onChange, rerender: (v: string | undefined) => ((stored = v), view.rerender(<AmountInput {...props} value={v} />)) };
}

describe('AmountInput', () => {
  it('is a labelled text field with a numeric keyboard that shows the saved amount the Swedish way', () => {
    const { input } = setup('1000');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.value).toBe('1\u00a0000');
  });

  it.each([
    { typed: '1 500', saved: undefined, error: 'Beloppet är större än 1\u00a0000 tusental kronor.' },
    { typed: '250', saved: '250', error: undefined },
    { typed: '', saved: undefined, error: undefined },
    { typed: '12x', saved: undefined, error: 'Skriv beloppet med siffror' },
    { typed: '-3', saved: undefined, error: 'negativt' },
    { typed: '2,5', saved: undefined, error: 'utan decimaler' },
  ])('"$typed" saves $saved', ({ typed, saved, error }) => {
    const { input, onChange } = setup('7');
    fireEvent.input(input, { target: { value: typed } });
    expect(onChange).toHaveBeenLastCalledWith(saved);
    expect(input.value).toBe(typed);
    if (error) {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByRole('alert').textContent).toContain(error);
      expect(input.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    } else {
      expect(input.getAttribute('aria-invalid')).toBeNull();
      expect(screen.queryByRole('alert')).toBeNull();
    }
  });

  it('keeps the reader’s own spacing while it means the saved amount, and follows a change made elsewhere', () => {
    const { input, rerender } = setup(undefined);
    fireEvent.input(input, { target: { value: '1 0 0' } });
    rerender('100');
    expect(input.value).toBe('1 0 0');
    rerender('900');
    expect(input.value).toBe('900');
    rerender(undefined);
    expect(input.value).toBe('');
  });
});
