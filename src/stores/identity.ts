// Who is answering on this device: name and organisation (both optional, asked once and
// remembered), and a random anonymous person id made the first time it is needed. The id is what
// lets the facilitator count a person once whatever they send; it says nothing about who they are.
// Kept in localStorage under samverkan:identitet; a storage that refuses writes (private mode,
// full) leaves the identity for this visit only – never an error.
import { atom } from 'nanostores';
import { cleanLabel, MAX_NAME_LENGTH } from '../lib/codes/label';
import { STORAGE_PREFIX } from '../lib/persist/envelope';

export interface Identity {
  /** the anonymous id of this device (see src/lib/codes/person-code.ts) */
  person: string;
  name?: string | undefined;
  org?: string | undefined;
  /** the reader has seen the question (and may have left both empty on purpose) */
  asked?: boolean | undefined;
}

export const IDENTITY_KEY = `${STORAGE_PREFIX}identitet`;
const PERSON_ID = /^[0-9a-z]{6,24}$/;

/** A new anonymous id: 10 base-36 characters from the browser's random source (about 51 bits). */
export function newPersonId(): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

/** Reads a stored identity; anything malformed gives a fresh one (the name is not lost: it was never readable). */
export function parseIdentity(raw: string | null): Identity | undefined {
  if (!raw) return undefined;
  try {
    const d = JSON.parse(raw) as unknown;
    if (typeof d !== 'object' || d === null) return undefined;
    const { person, name, org, asked } = d as Record<string, unknown>;
    if (typeof person !== 'string' || !PERSON_ID.test(person)) return undefined;
    return {
      person,
      name: typeof name === 'string' ? cleanLabel(name.slice(0, MAX_NAME_LENGTH * 2)) : undefined,
      org: typeof org === 'string' ? cleanLabel(org.slice(0, MAX_NAME_LENGTH * 2)) : undefined,
      asked: asked === true,
    };
  } catch {
    return undefined;
  }
}

function load(): Identity {
  let stored: Identity | undefined;
  try {
    stored = parseIdentity(localStorage.getItem(IDENTITY_KEY));
  } catch {
    stored = undefined;
  }
  // A fresh identity is stored only once a code carries it (keepIdentity): looking at a page
  // leaves nothing behind.
  return stored ?? { person: newPersonId() };
}

function save(identity: Identity): void {
  try {
    localStorage.setItem(IDENTITY_KEY, JSON.stringify(identity));
  } catch {
    // Storage refused (private mode, full): the identity lives for this visit.
  }
}

const $store = atom<Identity | null>(null);

/** The identity, made and stored on first use. Only in the browser. */
export function identity(): Identity {
  let current = $store.get();
  if (!current) {
    current = load();
    $store.set(current);
  }
  return current;
}

/** Stores the identity (once a code carries its id, the id must stay the same on this device). */
export function keepIdentity(): void {
  try {
    if (localStorage.getItem(IDENTITY_KEY) === null) save(identity());
  } catch {
    // Storage refused: the id lives for this visit.
  }
}

/** The store for islands: null until first read in the browser. */
export const $identity = $store;

/** Remembers the name and organisation on this device (empty clears them). */
export function setIdentity(change: { name?: string; org?: string; asked?: boolean }): void {
  const next = { ...identity(), ...change };
  // Typed text is kept as typed (spaces included) while typing; codes clean it when written.
  const clean: Identity = {
    person: next.person,
    name: next.name?.slice(0, MAX_NAME_LENGTH),
    org: next.org?.slice(0, MAX_NAME_LENGTH),
    asked: next.asked,
  };
  $store.set(clean);
  save(clean);
}

// Another tab changed the name or organisation: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== IDENTITY_KEY) return;
    const next = parseIdentity(e.newValue);
    if (next) $store.set(next);
  });
}
