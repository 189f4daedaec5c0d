import type { Outcome } from './events.js';

/** Colour of the side bar per outcome: failed red, rolled back orange, needs a person yellow, succeeded green, started blue. */
export const OUTCOME_COLOURS: Record<Outcome, number> = { failed: 0xd1242f, 'rolled-back': 0xe16f24, 'needs-person': 0xd4a72c, succeeded: 0x1f883d, started: 0x0969da };

/** The colour as "#rrggbb" (Slack wants a string, Discord an integer). */
export function hexColour(outcome: Outcome): string {
  return `#${OUTCOME_COLOURS[outcome].toString(16).padStart(6, '0')}`;
}

const ELLIPSIS = '…';
// A bare URL or a markdown link [text](url): cutting one in half leaves a link
// that opens the wrong page, which is worse than no link.
const LINKISH = /\[[^\]\n]*\]\([^)\s]*\)|<[^>\s|]+(?:\|[^>]*)?>|https?:\/\/\S+/g;

/**
 * Shortens text to at most `max` characters (counted in UTF-16 units, as
 * Slack and Discord count), ending with "…". Never cuts inside a link: a link
 * that does not fit is left out whole. Never splits a surrogate pair.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let cut = max - ELLIPSIS.length;
  for (const m of text.matchAll(LINKISH)) {
    const start = m.index ?? 0;
    if (start >= cut) break;
    if (start + m[0].length > cut) {
      cut = start;
      break;
    }
  }
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/**
 * Replaces each secret (a webhook URL, its path, a signing key) in `text`
 * with a label, so an error message can be printed and written to the audit
 * trail. Longest first, so a URL is replaced whole before its path is.
 */
export function redactSecrets(text: string, secrets: Array<{ value: string; label: string }>): string {
  let out = text;
  const sorted = [...secrets].filter((s) => s.value.length >= 4).sort((a, b) => b.value.length - a.value.length);
  for (const s of sorted) out = out.split(s.value).join(s.label);
  return out;
}

/** The parts of a webhook URL that alone would let someone post: the URL, its path and query. */
export function secretPartsOf(url: string): string[] {
  const parts = [url];
  try {
    const u = new URL(url);
    if (u.pathname.length > 1) parts.push(u.pathname + u.search, u.pathname);
    if (u.search) parts.push(u.search.slice(1));
    // undici and URL may print the URL normalised (a trailing slash, escapes).
    if (u.href !== url) parts.push(u.href);
  } catch {
    // Not a URL: the whole string is all we can hide.
  }
  return parts;
}
