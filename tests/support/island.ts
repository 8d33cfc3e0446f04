// What a tool island's component test needs (happy-dom): a clean test storage, store and example
// slot between tests, and the island's radios, checked options and headline by item id.
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import type { ToolId } from '../../src/tools/index';
import { answersStore } from '../../src/stores/answers-store';
import { leaveExample } from '../../src/stores/example';
import { clearStored } from './stored';

export function useIsland(tool: ToolId) {
  const store = answersStore(tool);
  beforeAll(() => useTestStorageEngine());
  afterEach(() => {
    cleanup();
    leaveExample();
    clearStored();
    cleanTestStorage();
  });
  return {
    store,
    radio: (item: string, option: string) => document.querySelector<HTMLInputElement>(`input[name="${tool}-${item}"][value="${option}"]`)!,
    checked: (item: string) => document.querySelector<HTMLInputElement>(`input[name="${tool}-${item}"]:checked`)?.value,
    headline: () => document.querySelector('.tool__headline')?.textContent,
  };
}
