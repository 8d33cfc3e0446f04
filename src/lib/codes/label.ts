// Names and organisations as they may be shown: kept apart from the codec, so that pages which only
// clean a typed name (the group view's forms, stored groups) do not load the codec with it.
export const MAX_NAME_LENGTH = 60;

/** A name or organisation as it may be shown: plain text, no control characters, bounded. */
export function cleanLabel(text: string | undefined): string | undefined {
  // eslint-disable-next-line no-control-regex
  const t = (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '').trim();
  return t ? t.slice(0, MAX_NAME_LENGTH) : undefined;
}
