// NearScreen (src/ui/near-screen.tsx): a heavy part – one of the group view's tool sections – is
// drawn once it comes near the screen, and at once when the page is printed; until then only its
// place-holder stands there.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { NearScreen } from '../../src/ui/near-screen';

/** The observers made, so that a test can say when a place-holder comes near the screen. */
let observers: { callback: IntersectionObserverCallback; observed: Element[] }[] = [];
class FakeObserver {
  observed: Element[] = [];
  constructor(public callback: IntersectionObserverCallback) {
    observers.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.observed = [];
  }
}
const comeNear = () => {
  for (const o of observers)
    o.callback(
      o.observed.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
      o as unknown as IntersectionObserver,
    );
};

let draws = 0;
const Part = () => (
  <NearScreen class="group-tool group-tool--waiting" tool="checklistor">
    {() => {
      draws++;
      return <p data-testid="part">Checklistor före start</p>;
    }}
  </NearScreen>
);

beforeEach(() => {
  observers = [];
  draws = 0;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('stands as a place-holder of the part’s tool until it comes near the screen, then draws the part', async () => {
  const { container } = render(<Part />);
  expect(screen.queryByTestId('part')).toBeNull();
  expect(draws).toBe(0);
  const place = container.querySelector('.group-tool--waiting');
  expect(place?.getAttribute('data-tool')).toBe('checklistor');
  expect(place?.getAttribute('aria-busy')).toBe('true');
  await act(() => comeNear());
  expect(screen.getByTestId('part').textContent).toBe('Checklistor före start');
  expect(container.querySelector('.group-tool--waiting')).toBeNull();
});

it('draws the part at once when the page is about to be printed', async () => {
  render(<Part />);
  expect(screen.queryByTestId('part')).toBeNull();
  await act(() => {
    dispatchEvent(new Event('beforeprint'));
  });
  expect(screen.getByTestId('part')).not.toBeNull();
});

it('draws the part when print media applies (a print preview, a PDF), and keeps it drawn', async () => {
  const listeners: ((e: { matches: boolean }) => void)[] = [];
  const media = {
    matches: false,
    addEventListener: (_: string, f: (e: { matches: boolean }) => void) => listeners.push(f),
    removeEventListener: () => {},
  };
  vi.stubGlobal('matchMedia', () => media);
  render(<Part />);
  expect(screen.queryByTestId('part')).toBeNull();
  await act(() => {
    media.matches = true;
    for (const f of listeners) f({ matches: true });
  });
  expect(screen.getByTestId('part')).not.toBeNull();
  await act(() => {
    media.matches = false;
    for (const f of listeners) f({ matches: false });
  });
  expect(screen.getByTestId('part')).not.toBeNull();
});
