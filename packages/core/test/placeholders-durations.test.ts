import { describe, expect, it } from 'vitest';
import { assertSafeVersion, ConfigError, fillArgv, fillDeep, findPlaceholders, formatDuration, parseDuration } from '@stagegate/core';

describe('durations', () => {
  it.each([['500ms', 500], ['30s', 30_000], ['5m', 300_000], ['1h', 3_600_000], ['1m30s', 90_000], ['300s', 300_000], ['2', 2000], [1.5, 1500]] as const)('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
  it('rejects text that is not a duration, naming it', () => {
    expect(() => parseDuration('5 minutes')).toThrow('expected a duration such as "30s" or "5m"; got "5 minutes"');
    expect(() => parseDuration(-1)).toThrow(/got -1/);
  });
  it('formats for people', () => {
    expect([450, 1500, 90_000, 300_000, 5_400_000].map(formatDuration)).toEqual(['450ms', '1.5s', '1m30s', '5m', '1h30m']);
  });
});

describe('placeholders', () => {
  it('fills each argv element alone: a value with spaces or shell syntax stays one argument', () => {
    expect(fillArgv(['./d.sh', '--region', '{target}', '--v={version}'], { target: 'l hr; x', version: '$(id)' })).toEqual(['./d.sh', '--region', 'l hr; x', '--v=$(id)']);
  });
  it('refuses to run with a hole: a placeholder without a value throws', () => {
    expect(() => fillArgv(['{previous}'], { target: 'x' })).toThrow('placeholder {previous} has no value here');
  });
  it('leaves PromQL braces alone and finds only placeholders', () => {
    expect(findPlaceholders('sum(rate(e{region="{target}"}[1m]))')).toEqual(['target']);
    expect(fillDeep({ q: 'e{region="{target}"}', n: 3, l: ['{stage}'] }, { target: 'lhr', stage: 'c' })).toEqual({ q: 'e{region="lhr"}', n: 3, l: ['c'] });
  });
});

describe('version safety', () => {
  it.each(['v1.2.3', '2026.11.23-rc.1', 'release/42', 'sha-abc+build.7'])('accepts %s', (v) => {
    expect(assertSafeVersion(v)).toBe(v);
  });
  it.each([['v1; rm -rf /'], ['$(id)'], ['a'.repeat(300)], [''], ['--force'], ['v1\nv2'], ['`id`']])('rejects %j with a ConfigError naming the input', (v) => {
    expect(() => assertSafeVersion(v)).toThrow(ConfigError);
    expect(() => assertSafeVersion(v)).toThrow(/^input version: expected a version matching/);
  });
  it.each(['1.2..3', 'a/..b', '..a', 'x/.', 'a'.repeat(128), 'A-Z_0.9+b/c'])('accepts the edge case %s', (v) => {
    expect(assertSafeVersion(v)).toBe(v);
  });
  it.each(['..', '../etc', 'a/../b', 'a/..', '/abs', '/', 'a'.repeat(129), 'a b', 'a;b', 'a$b', 'a=b', 'a|b', 'a&b', "a'b", 'a"b', 'a\\b', 'a*b', 'a~b', 'a:b', 'é'])('refuses %j: a path step, an absolute path, a shell or non-ASCII character, 129 characters', (v) => {
    expect(() => assertSafeVersion(v)).toThrow(/^input version: expected a version matching .* \(1 to 128 letters, digits and \. _ \/ \+ -, not starting with - or \/, no \.\. path segment\)/);
  });
  it('names the input it was given, and refuses a leading - under any pattern', () => {
    expect(() => assertSafeVersion('$(touch x)', undefined, 'to-version')).toThrow(/^input to-version: /);
    expect(() => assertSafeVersion('-rf', '.*')).toThrow(/^input version: expected a version matching \.\* \(and not starting with -\); got "-rf"/);
    expect(assertSafeVersion('../any', '.*')).toBe('../any');
  });
  it('cuts a long version in the message', () => {
    expect(() => assertSafeVersion('x'.repeat(300) + ';')).toThrow(/… \(301 characters\)/);
  });
});
