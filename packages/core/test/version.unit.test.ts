import { describe, expect, it } from 'vitest';
import { assertSafeVersion, ConfigError } from '@stagegate/core';

/** The message of the ConfigError assertSafeVersion throws. */
function refusal(version: string, pattern?: string): string {
  try {
    assertSafeVersion(version, pattern);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems.map((p) => `${p.path}: ${p.message}`).join('\n');
  }
  throw new Error(`expected ${JSON.stringify(version)} to be refused`);
}

describe('a refused version in the message', () => {
  it('is shown whole up to 40 characters', () => {
    const v = `${'x'.repeat(39)};`;
    expect(refusal(v)).toMatch(new RegExp(`; got ${JSON.stringify(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('is cut to its first 40 characters beyond that, with its length', () => {
    const v = `${'y'.repeat(40)};`;
    expect(refusal(v)).toMatch(new RegExp(`; got "${'y'.repeat(40)}"… \\(41 characters\\)$`));
  });

  it('is JSON-quoted, so a newline or a quote is shown, not acted on', () => {
    expect(refusal('v1\n"x')).toMatch(/; got "v1\\n\\"x"$/);
  });

  it('is refused under a custom pattern too, naming that pattern', () => {
    expect(refusal('1.2.3', '^v')).toMatch(/^input version: expected a version matching \^v/);
    expect(assertSafeVersion('v1', '^v')).toBe('v1');
  });
});
