import { describe, expect, it } from 'vitest';
import { BODY_EXCERPT_CHARS, excerptBody } from '../src/http-probe.js';

// The body excerpt is the service's own words in a failure's first line: one line, bounded.
describe('the body excerpt a failed http check carries', () => {
  it('puts a multi-line body on one line, trimmed', () => {
    expect(excerptBody('  {\n  "status": "degraded"\n}\n')).toBe('{ "status": "degraded" }');
  });

  it('says (empty) for a body of nothing or only whitespace', () => {
    expect(excerptBody('')).toBe('(empty)');
    expect(excerptBody(' \n\t ')).toBe('(empty)');
  });

  it(`keeps a body of exactly ${BODY_EXCERPT_CHARS} characters whole, and cuts a longer one to ${BODY_EXCERPT_CHARS} with an ellipsis`, () => {
    expect(BODY_EXCERPT_CHARS).toBe(200);
    const exact = 'x'.repeat(200);
    expect(excerptBody(exact)).toBe(exact);
    const cut = excerptBody('y'.repeat(201));
    expect(cut).toBe(`${'y'.repeat(199)}…`);
    expect(cut).toHaveLength(200);
  });
});
