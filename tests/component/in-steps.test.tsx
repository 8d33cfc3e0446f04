// useInSteps (src/ui/in-steps.ts): a long page of heavy parts – the group view's tool
// sections – is drawn a few parts per task, and whole the moment the reader prints (usePrinting).
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useInSteps } from '../../src/ui/in-steps';

function Parts({ total }: { total: number }) {
  const n = useInSteps(total, 2);
  return <p data-testid="drawn">{n}</p>;
}
const drawn = () => Number(screen.getByTestId('drawn').textContent);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('draws two parts at first and two more in each following task, up to all of them', async () => {
  render(<Parts total={5} />);
  expect(drawn()).toBe(2);
  await act(async () => {
    await vi.advanceTimersToNextTimerAsync();
  });
  expect(drawn()).toBe(4);
  await act(async () => {
    await vi.advanceTimersToNextTimerAsync();
  });
  expect(drawn()).toBe(5);
  await act(async () => {
    await vi.runAllTimersAsync();
  });
  expect(drawn()).toBe(5);
});

it('draws every part at once when the page is about to be printed', async () => {
  render(<Parts total={9} />);
  expect(drawn()).toBe(2);
  await act(() => {
    dispatchEvent(new Event('beforeprint'));
  });
  expect(drawn()).toBe(9);
});

it('draws every part when print media applies (a print preview, a PDF), and keeps them drawn', async () => {
  const listeners: ((e: { matches: boolean }) => void)[] = [];
  const media = {
    matches: false,
    addEventListener: (_: string, f: (e: { matches: boolean }) => void) => listeners.push(f),
    removeEventListener: () => {},
  };
  vi.stubGlobal('matchMedia', () => media);
  render(<Parts total={7} />);
  expect(drawn()).toBe(2);
  await act(() => {
    media.matches = true;
    for (const f of listeners) f({ matches: true });
  });
  expect(drawn()).toBe(7);
  vi.unstubAllGlobals();
});
