// Stored answers in component tests (happy-dom's localStorage): set as another tab would – the
// value, then the `storage` event the stores listen to – and cleared between tests.

/** Sets (or, with null, removes) a stored value and tells the page, as a write in another tab does. */
export function setStored(key: string, value: string | null): void {
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value }));
}

/** Empties the storage, as clearing the site's data does; the stores follow. */
export function clearStored(): void {
  localStorage.clear();
  window.dispatchEvent(Object.assign(new Event('storage'), { key: null, newValue: null }));
}

export const getStored = (key: string): string | null => localStorage.getItem(key);
