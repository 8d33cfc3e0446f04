/**
 * The person code: everything one person has answered – every tool, the check included – in one
 * short text that can be pasted, carried in a link's #fragment or shown as one QR code.
 *
 *   SVH2.k3j9x1ab.tmx0c2.S2lt.UmVnaW9u.at.1.21__2_0.hi.1.04__4_3.1q2w3e
 *   │    │        │      │    │        │  │ │         └ the next tool: short name, version, answers
 *   │    │        │      │    │        │  │ └ the tool's answers, written as in an SVH1 code
 *   │    │        │      │    │        │  └ the tool's model version
 *   │    │        │      │    │        └ the tool's short name (src/tools/<id>/meta.ts: `code`)
 *   │    │        │      │    └ organisation or role (UTF-8, base64url), may be empty
 *   │    │        │      └ name (UTF-8, base64url), may be empty
 *   │    │        └ when the newest answer in it was given: seconds since 1970, base 36 ("0": unknown)
 *   │    └ the person: a random id made once per device, never tied to a name
 *   └ format and its version
 *   …and last the checksum: CRC-32 of everything before it, base 36.
 *
 * Every character is one that a URL fragment holds as it is (no percent-encoding) and the code
 * ends in a letter or digit, so chat apps and mail programs that drop a link's trailing "." or ")"
 * leave it whole. Which tools exist comes from the registry's metadata (no list here). Older
 * one-tool codes (SVH1, ./answer-code.ts) still read, as an anonymous, undated contribution.
 * Decoding never throws: any problem comes back as a Swedish message.
 */
import type { Answers } from '../answers';
import { toolByCode, TOOL_META } from '../../tools/meta';
import {
  cleanLabel,
  CODE_ERRORS,
  CODE_PREFIX,
  codeFromText,
  decodeAnswerChars,
  decodeAnswerCode,
  encodeAnswerChars,
  fromBase64Url,
  MAX_CODE_LENGTH,
  toBase64Url,
  type CodedTool,
  type CodeModel,
} from './answer-code';
import { crc32 } from './crc32';

export const PERSON_PREFIX = 'SVH2';
/** Longer than any real person code (every tool fully answered, amounts at their largest). */
export const MAX_PERSON_CODE_LENGTH = 4000;
const PERSON_ID = /^[0-9a-z]{6,24}$/;
/** Seconds since 1970 up to the year 2200: a time beyond it is not one a device made. */
const MAX_SECONDS = 7_258_118_400;

export type CodeModels = Partial<Record<CodedTool, CodeModel>>;

export interface PersonCode {
  /** The stable anonymous id of the person's device; absent in an SVH1 code. */
  person?: string | undefined;
  /** ISO time of the newest answer the code carries; absent when unknown (SVH1). */
  time?: string | undefined;
  /** tool id → that person's answers (only tools with at least one answer) */
  tools: Record<string, Answers>;
  name?: string | undefined;
  org?: string | undefined;
}

export type DecodedPerson =
  | {
      ok: true;
      value: PersonCode;
      /** 1 for an old one-tool code, 2 for a person code */
      format: 1 | 2;
      /** names of tools in the code that this page cannot read (a newer tool or version) */
      skipped: string[];
    }
  | { ok: false; error: string };

const ERR = {
  ...CODE_ERRORS,
  noAnswers: 'Koden innehåller inga svar.',
  tooLong: 'Texten är för lång för att vara en svarskod.',
} as const;

/** A time as the code writes it; an unreadable or missing time is "0" (unknown). */
function timeToken(iso: string | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  const s = Math.floor(ms / 1000);
  return Number.isFinite(s) && s > 0 && s <= MAX_SECONDS ? s.toString(36) : '0';
}

function timeFromToken(token: string): string | undefined | null {
  if (token === '0') return undefined;
  if (!/^[1-9a-z][0-9a-z]{0,6}$/.test(token)) return null;
  const s = parseInt(token, 36);
  return s > MAX_SECONDS ? null : new Date(s * 1000).toISOString();
}

/**
 * Writes a person code. Tools without answers, and tools the models do not know, are left out;
 * the tools come in the registry's order, so the same answers always give the same code.
 */
export function encodePersonCode(code: PersonCode, models: CodeModels): string {
  const parts = [
    PERSON_PREFIX,
    PERSON_ID.test(code.person ?? '') ? code.person! : '0000000',
    timeToken(code.time),
    toBase64Url(cleanLabel(code.name) ?? ''),
    toBase64Url(cleanLabel(code.org) ?? ''),
  ];
  for (const meta of TOOL_META) {
    const answers = code.tools[meta.id];
    const model = models[meta.id];
    if (!answers || !model) continue;
    const chars = encodeAnswerChars(answers, model.space);
    // A tool with nothing that fits its questions is left out, as if never answered.
    if (/^_*$/.test(chars)) continue;
    parts.push(meta.code, String(model.version), chars);
  }
  const body = parts.join('.');
  return `${body}.${crc32(body).toString(36)}`;
}

/** The tools a code carries, by number – for short summaries without reading the answers. */
export function toolCount(code: PersonCode): number {
  return Object.keys(code.tools).length;
}

/**
 * Reads a person code, an SVH1 code, or a link carrying either after "#kod=". Never throws.
 */
export function decodePersonCode(input: string, models: CodeModels): DecodedPerson {
  if (typeof input !== 'string') return { ok: false, error: ERR.notACode };
  if (input.length > MAX_PERSON_CODE_LENGTH * 2) return { ok: false, error: ERR.tooLong };
  const text = codeFromText(input);
  if (!text) return { ok: false, error: ERR.empty };
  // A phone may have capitalised or lower-cased the start; the rest is checked by the checksum.
  const head = text.slice(0, 4).toUpperCase();
  if (head === CODE_PREFIX) {
    if (text.length > MAX_CODE_LENGTH) return { ok: false, error: ERR.tooLong };
    const old = decodeAnswerCode(CODE_PREFIX + text.slice(4), models);
    if (!old.ok) return old;
    const { tool, answers, name, org } = old.value;
    return { ok: true, format: 1, skipped: [], value: { tools: { [tool]: answers }, name, org } };
  }
  if (head !== PERSON_PREFIX) {
    return /^SVH\d+$/.test(text.split('.')[0]?.toUpperCase() ?? '')
      ? { ok: false, error: ERR.newerFormat }
      : { ok: false, error: ERR.notACode };
  }
  if (text.length > MAX_PERSON_CODE_LENGTH) return { ok: false, error: ERR.tooLong };
  const canonical = PERSON_PREFIX + text.slice(4);
  const parts = canonical.split('.');
  // prefix, person, time, name, org, then three parts per tool, then the checksum
  if (parts.length < 6 || (parts.length - 6) % 3 !== 0) return { ok: false, error: ERR.damaged };
  const check = parts[parts.length - 1]!;
  if (crc32(parts.slice(0, -1).join('.')).toString(36) !== check) return { ok: false, error: ERR.damaged };
  const [, person, timeText, nameText, orgText] = parts as [string, string, string, string, string];
  const time = timeFromToken(timeText);
  const name = fromBase64Url(nameText);
  const org = fromBase64Url(orgText);
  if (!PERSON_ID.test(person) || time === null || name === null || org === null) return { ok: false, error: ERR.damaged };

  const tools: Record<string, Answers> = {};
  const skipped: string[] = [];
  for (let i = 5; i < parts.length - 1; i += 3) {
    const [short, version, chars] = [parts[i]!, parts[i + 1]!, parts[i + 2]!];
    const meta = toolByCode(short);
    if (!/^[a-z0-9]{1,4}$/.test(short) || !/^\d{1,4}$/.test(version)) return { ok: false, error: ERR.damaged };
    if (meta && Object.hasOwn(tools, meta.id)) return { ok: false, error: ERR.damaged };
    const model = meta ? models[meta.id] : undefined;
    if (!meta || !model) {
      skipped.push(meta?.name ?? short);
      continue;
    }
    const read = decodeAnswerChars(version, chars, model);
    if (read === 'damaged') return { ok: false, error: ERR.damaged };
    if (read === 'otherVersion') {
      skipped.push(meta.name);
      continue;
    }
    if (Object.keys(read).length > 0) tools[meta.id] = read;
  }
  if (Object.keys(tools).length === 0) return { ok: false, error: skipped.length ? ERR.otherVersion : ERR.noAnswers };
  return {
    ok: true,
    format: 2,
    skipped,
    value: { person, time, tools, name: cleanLabel(name), org: cleanLabel(org) },
  };
}
