// A localStorage for unit tests in node: the Storage methods, a quota counted in characters (keys
// and values, as browsers count), and switches for a storage that refuses access.
export class FakeStorage implements Storage {
  private data = new Map<string, string>();
  /** characters allowed in total; Infinity for no limit */
  quota = Infinity;
  /** when true, every call throws a SecurityError, as a blocked storage does */
  blocked = false;

  private check(): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  get length(): number {
    this.check();
    return this.data.size;
  }
  used(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
  clear(): void {
    this.check();
    this.data.clear();
  }
  getItem(key: string): string | null {
    this.check();
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    this.check();
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.check();
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    this.check();
    const before = this.data.get(key);
    const size = this.used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
    if (size > this.quota) throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  /** every key and value, for assertions */
  all(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  [name: string]: unknown;
}

/** Installs a fresh FakeStorage as the global localStorage and returns it. */
export function installFakeStorage(): FakeStorage {
  const storage = new FakeStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  return storage;
}
