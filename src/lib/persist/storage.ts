// Guarded access to localStorage: it may be missing (node, tests) or throw (private mode, full).

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Stores unreadable data under "<key>:oläsbar" so that a fresh start does not destroy it. */
export function keepAside(key: string, raw: string): void {
  try {
    storage()?.setItem(`${key}:oläsbar`, raw);
  } catch {
    // Nothing more we can do without storage; the notice still tells the reader.
  }
}
