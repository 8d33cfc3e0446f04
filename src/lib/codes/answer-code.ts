/**
 * Answer codes: one person's answers to one tool as a short text that can be pasted, carried in a
 * link's #fragment or shown as a QR code – no server, no account.
 *
 *   SVH1.at.1.2_013__0a.S2FyaW4.UmVnaW9u.k3j9x1
 *   │    │  │ │          │       │        └ checksum: CRC-32 of everything before it, base 36
 *   │    │  │ │          │       └ organisation or role (UTF-8, base64url), may be empty
 *   │    │  │ │          └ name (UTF-8, base64url), may be empty
 *   │    │  │ └ one character per question in the model's order: the option's index in base 36,
 *   │    │  │   "_" for unanswered; then, only in tools with amounts (src/lib/amounts.ts), one
 *   │    │  │   token per amount in the model's order: "~" + the number in base 36 + "~", or "_"
 *   │    │  │   when empty – e.g. "4~15o~_~0~" (option 4, then 1500, empty and 0)
 *   │    │  └ the model's version (questions may change meaning between versions)
 *   │    └ the tool
 *   └ format and its version
 *
 * Codes for tools without amounts never contain "~", and for them nothing is read or written
 * differently than before amounts existed (tests/unit/answer-code-compat.test.ts holds such codes).
 * Decoding never throws: any problem comes back as a Swedish message naming it.
 */
import { crc32 } from './crc32';
import { cleanLabel, MAX_NAME_LENGTH } from './label';

export { cleanLabel, MAX_NAME_LENGTH };
import { isAmount } from '../amounts';
import { fitAnswers, type AnswerSpace } from '../answers';
import { TOOL_META, toolByCode, toolMeta } from '../../tools/meta';
import type { Answers } from '../answers';

export const CODE_PREFIX = 'SVH1';
/**
 * Longer than any real code; refused before any other work. Room for a tool with 100 amounts at
 * their largest (6 characters each) and a name and organisation of 60 non-Latin characters.
 */
export const MAX_CODE_LENGTH = 1500;

/**
 * Short names of the tools inside codes (each tool's meta.ts: `code`); stable, never reused.
 * lib reads only the tools' metadata table, never their logic.
 */
export const TOOL_CODES: Readonly<Record<string, string>> = Object.fromEntries(TOOL_META.map((t) => [t.id, t.code]));
/** A tool's id (a folder under src/tools/); which ones exist is known from ../../tools/meta at run time. */
export type CodedTool = string;

export interface CodeModel {
  version: number;
  space: AnswerSpace;
  /**
   * The questions of earlier versions, by version: a code made before the questions changed is
   * read through its own version's list and then fitted to today's questions (ids that still
   * exist keep their answers). Without it, a code of another version is refused.
   */
  legacy?: Readonly<Record<number, AnswerSpace>> | undefined;
}

export interface AnswerCode {
  tool: CodedTool;
  version: number;
  answers: Answers;
  name?: string | undefined;
  org?: string | undefined;
}

export type Decoded = { ok: true; value: AnswerCode } | { ok: false; error: string };

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

export function toBase64Url(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(data: string): string | null {
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * One tool's answers as the characters of its code segment (see the layout above). Shared with
 * the person code (./person-code.ts), which carries one such segment per tool.
 */
export function encodeAnswerChars(answers: Answers, space: AnswerSpace): string {
  const chars = [...space.options.entries()].map(([item, options]) => {
    const i = options.indexOf(answers[item] ?? '');
    return i < 0 || i >= DIGITS.length ? '_' : DIGITS[i];
  });
  for (const [item, range] of space.amounts ?? []) {
    const value = answers[item];
    chars.push(value !== undefined && isAmount(value, range) ? `~${Number(value).toString(36)}~` : '_');
  }
  return chars.join('');
}

export function encodeAnswerCode(code: AnswerCode, model: CodeModel): string {
  const body = [
    CODE_PREFIX,
    TOOL_CODES[code.tool],
    String(model.version),
    encodeAnswerChars(code.answers, model.space),
    toBase64Url(cleanLabel(code.name) ?? ''),
    toBase64Url(cleanLabel(code.org) ?? ''),
  ].join('.');
  return `${body}.${crc32(body).toString(36)}`;
}

export const CODE_ERRORS = {
  empty: 'Koden är tom.',
  tooLong: 'Texten är för lång för att vara en svarskod.',
  notACode: 'Det här är ingen svarskod från Samverkanshandboken.',
  newerFormat: 'Koden kommer från en nyare version av handboken. Be personen skicka den igen, eller uppdatera sidan.',
  damaged: 'Koden är ändrad eller ofullständig. Kontrollera att hela koden kom med.',
  unknownTool: 'Koden gäller ett verktyg som inte finns här.',
  otherTool: (name: string) => `Koden gäller ett annat verktyg (${name}).`,
  otherVersion: 'Koden gäller en annan version av frågorna och kan inte läsas in.',
} as const;

/**
 * Reads a code (or a link that carries one after "#kod="). `expected` limits it to one tool;
 * `models` gives each tool's current model. Never throws.
 */
export function decodeAnswerCode(input: string, models: Partial<Record<CodedTool, CodeModel>>, expected?: CodedTool): Decoded {
  if (typeof input !== 'string') return { ok: false, error: CODE_ERRORS.notACode };
  if (input.length > MAX_CODE_LENGTH * 2) return { ok: false, error: CODE_ERRORS.tooLong };
  const text = codeFromText(input);
  if (!text) return { ok: false, error: CODE_ERRORS.empty };
  if (text.length > MAX_CODE_LENGTH) return { ok: false, error: CODE_ERRORS.tooLong };
  const parts = text.split('.');
  if (!parts[0]?.startsWith('SVH')) return { ok: false, error: CODE_ERRORS.notACode };
  if (parts[0] !== CODE_PREFIX)
    return /^SVH\d+$/.test(parts[0]) ? { ok: false, error: CODE_ERRORS.newerFormat } : { ok: false, error: CODE_ERRORS.notACode };
  if (parts.length !== 7) return { ok: false, error: CODE_ERRORS.damaged };
  const [, short, version, chars, name, org, check] = parts as [string, string, string, string, string, string, string];
  if (crc32(parts.slice(0, 6).join('.')).toString(36) !== check) return { ok: false, error: CODE_ERRORS.damaged };

  const tool = toolByCode(short)?.id;
  const model = tool ? models[tool] : undefined;
  if (!tool || !model) return { ok: false, error: CODE_ERRORS.unknownTool };
  if (expected && tool !== expected) return { ok: false, error: CODE_ERRORS.otherTool(toolMeta(tool)?.name ?? tool) };
  const read = decodeAnswerChars(version, chars, model);
  if (read === 'otherVersion') return { ok: false, error: CODE_ERRORS.otherVersion };
  if (read === 'damaged') return { ok: false, error: CODE_ERRORS.damaged };
  const decodedName = fromBase64Url(name);
  const decodedOrg = fromBase64Url(org);
  if (decodedName === null || decodedOrg === null) return { ok: false, error: CODE_ERRORS.damaged };
  return { ok: true, value: { tool, version: model.version, answers: read, name: cleanLabel(decodedName), org: cleanLabel(decodedOrg) } };
}

/**
 * One tool's segment read back: its version (digits) and characters, through that version's
 * questions, fitted to today's. "otherVersion" when no list of questions for the version is
 * known, "damaged" when the characters do not match it exactly. Never throws.
 */
export function decodeAnswerChars(version: string, chars: string, model: CodeModel): Answers | 'otherVersion' | 'damaged' {
  if (!/^\d{1,4}$/.test(version)) return 'otherVersion';
  const space = Number(version) === model.version ? model.space : model.legacy?.[Number(version)];
  if (!space) return 'otherVersion';
  const items = [...space.options.entries()];
  const optionChars = chars.slice(0, items.length);
  if (optionChars.length !== items.length || !/^[0-9a-z_]*$/.test(optionChars)) return 'damaged';
  const answers: Answers = {};
  for (let i = 0; i < items.length; i++) {
    const c = optionChars[i]!;
    if (c === '_') continue;
    const [item, options] = items[i]!;
    const option = options[DIGITS.indexOf(c)];
    if (option === undefined) return 'damaged';
    answers[item] = option;
  }
  const amounts = readAmounts(chars.slice(items.length), space);
  if (!amounts) return 'damaged';
  Object.assign(answers, amounts);
  // An earlier version's answers keep what still fits today's questions.
  return space === model.space ? answers : fitAnswers(answers, model.space).answers;
}

/** One amount token: "_" (empty) or "~" + base-36 digits + "~". */
const AMOUNT_TOKEN = /_|~([0-9a-z]{1,11})~/y;

/**
 * The amounts after the option characters, or null when they do not match the model exactly:
 * one token per amount, nothing left over, each number written the one canonical way (no
 * leading zeros) and within its range. A tool without amounts accepts only an empty rest.
 */
function readAmounts(rest: string, space: AnswerSpace): Answers | null {
  const out: Answers = {};
  AMOUNT_TOKEN.lastIndex = 0;
  for (const [item, range] of space.amounts ?? []) {
    const start = AMOUNT_TOKEN.lastIndex;
    const m = AMOUNT_TOKEN.exec(rest);
    if (!m || m.index !== start) return null;
    const digits = m[1];
    if (digits === undefined) continue;
    const value = String(parseInt(digits, 36));
    if (Number(value).toString(36) !== digits || !isAmount(value, range)) return null;
    out[item] = value;
  }
  return AMOUNT_TOKEN.lastIndex === rest.length ? out : null;
}

/** Finds the code in pasted text: a bare code, or a link with "#kod=…". */
export function codeFromText(input: string): string {
  const trimmed = input.trim();
  const hash = trimmed.indexOf('#kod=');
  const raw = hash >= 0 ? trimmed.slice(hash + 5) : trimmed;
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw;
  }
}
