// Helpers for the tool islands' component tests (happy-dom): in-memory storage reset after each
// test, and reading and answering a tool's radio groups by their names ("<tool>-<item>").
import { cleanStores } from 'nanostores';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import type { CodedTool } from '../../src/lib/codes/answer-code';
import { answersStore } from '../../src/stores/answers-store';
import { leaveExample } from '../../src/stores/example';

export function useIsland(tool: CodedTool) {
  const store = answersStore(tool);
  beforeAll(() => useTestStorageEngine());
  afterEach(() => {
    cleanup();
    leaveExample();
    cleanStores(store.$stored);
    cleanTestStorage();
  });
  return {
    store,
    click: (item: string, option: string) => fireEvent.click(document.querySelector(`input[name="${tool}-${item}"][value="${option}"]`)!),
    checked: (item: string) => (document.querySelector(`input[name="${tool}-${item}"]:checked`) as HTMLInputElement | null)?.value,
    headline: () => document.querySelector('.tool__headline')?.textContent,
    result: () => document.getElementById(`${tool}-resultat`)!.closest('section')!,
  };
}
