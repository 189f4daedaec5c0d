import { HttpCheck } from '@stagegate/core';
import { describe, expect, it } from 'vitest';
import { checkJsonPath, findJsonMismatch, readJsonPath } from '../src/json-expect.js';
import { judgeAnswer, statusMatches } from '../src/http-probe.js';

/** An http check as the plan would parse it, with `expect` set. */
const check = (expect: Record<string, unknown> = {}) => HttpCheck.parse({ name: 'h', type: 'http', url: 'http://x', expect });

describe('status expectations', () => {
  it.each([
    [200, 200, true], [201, 200, false],
    [204, [200, 204], true], [202, [200, 204], false],
    [299, '2xx', true], [200, '2xx', true], [300, '2xx', false], [199, '2xx', false], [503, '5xx', true],
    [200, '200-299', true], [299, '200-299', true], [300, '200-299', false], [199, '200-299', false],
  ] as const)('%d against %j is %s', (status, expected, ok) => {
    expect(statusMatches(status, expected as never)).toBe(ok);
  });
});

describe('judging an HTTP answer', () => {
  it('wants a 2xx by default', () => {
    expect(judgeAnswer(check(), 204, '', 1)).toBeUndefined();
    expect(judgeAnswer(check(), 302, '', 1)).toBe('expected status "2xx"');
    expect(judgeAnswer(check({ status: 503 }), 200, '', 1)).toBe('expected status 503');
  });

  it('fails an answer slower than max-latency, and passes one exactly at it', () => {
    expect(judgeAnswer(check({ 'max-latency': '100ms' }), 200, '', 100)).toBeUndefined();
    expect(judgeAnswer(check({ 'max-latency': '100ms' }), 200, '', 100.6)).toBe('slower than 100ms (101ms)');
  });

  it('looks for body text', () => {
    expect(judgeAnswer(check({ 'body-contains': 'ok' }), 200, 'all ok', 1)).toBeUndefined();
    expect(judgeAnswer(check({ 'body-contains': 'ok' }), 200, 'down', 1)).toBe('body does not contain "ok"');
  });

  it('does not parse the body when nothing asks for JSON', () => {
    expect(judgeAnswer(check({ status: 200 }), 200, '<html>', 1)).toBeUndefined();
  });

  it('fails a body that is not JSON when JSON is expected, showing its start', () => {
    expect(judgeAnswer(check({ json: { status: 'up' } }), 200, `<html>${'x'.repeat(100)}`, 1)).toBe(`body is not JSON (${JSON.stringify(`<html>${'x'.repeat(34)}`)})`);
    expect(judgeAnswer(check({ 'json-path': [{ path: 'a', equals: 1 }] }), 200, 'nope', 1)).toBe('body is not JSON ("nope")');
  });

  it('checks the JSON body alone, or json-path assertions alone', () => {
    expect(judgeAnswer(check({ json: { status: 'up' } }), 200, '{"status":"up"}', 1)).toBeUndefined();
    expect(judgeAnswer(check({ 'json-path': [{ path: 'a', equals: 1 }] }), 200, '{"a":1}', 1)).toBeUndefined();
  });

  it('checks the JSON body, then each json-path assertion in order', () => {
    const c = check({ json: { status: 'up' }, 'json-path': [{ path: 'db.ok', equals: true }, { path: 'load', max: 0.5 }] });
    expect(judgeAnswer(c, 200, '{"status":"up","db":{"ok":true},"load":0.2}', 1)).toBeUndefined();
    expect(judgeAnswer(c, 200, '{"status":"down","db":{"ok":false},"load":0.9}', 1)).toBe('status: expected "up", got "down"');
    expect(judgeAnswer(c, 200, '{"status":"up","db":{"ok":false},"load":0.9}', 1)).toBe('db.ok: expected true, got false');
    expect(judgeAnswer(c, 200, '{"status":"up","db":{"ok":true},"load":0.9}', 1)).toBe('load: 0.9 > max 0.5');
  });
});

describe('JSON paths', () => {
  const body = { a: { b: [{ c: 1 }, { c: null }] }, 'x-y': 2 };

  it('reads dotted paths and indexes, with or without a leading $', () => {
    expect(readJsonPath(body, 'a.b[0].c')).toEqual({ found: true, value: 1 });
    expect(readJsonPath(body, '$.a.b[1].c')).toEqual({ found: true, value: null });
    expect(readJsonPath(body, '$a.b[0].c')).toEqual({ found: true, value: 1 });
    expect(readJsonPath(body, 'x-y')).toEqual({ found: true, value: 2 });
    expect(readJsonPath(body, '$')).toEqual({ found: true, value: body });
    expect(readJsonPath({ 'a$': { b: 1 } }, 'a$.b')).toEqual({ found: true, value: 1 });
  });

  it('tells a missing field from one that holds null, and does not walk into numbers or null', () => {
    expect(readJsonPath(body, 'a.b[2]')).toEqual({ found: false });
    expect(readJsonPath(body, 'a.z')).toEqual({ found: false });
    expect(readJsonPath(body, 'a.b[1].c.d')).toEqual({ found: false });
    expect(readJsonPath(body, 'x-y.length')).toEqual({ found: false });
    expect(readJsonPath('text', 'length')).toEqual({ found: false });
  });

  it('asserts equality, a pattern and bounds', () => {
    const doc = { v: 'v1.2.3', n: 5, o: { k: [1] } };
    expect(checkJsonPath(doc, { path: 'v', equals: 'v1.2.3' })).toBeUndefined();
    expect(checkJsonPath(doc, { path: 'o', equals: { k: [1] } })).toBeUndefined();
    expect(checkJsonPath(doc, { path: 'v', equals: 'v2' })).toBe('v: expected "v2", got "v1.2.3"');
    expect(checkJsonPath(doc, { path: 'w', equals: 1 })).toBe('w: missing');
    expect(checkJsonPath(doc, { path: 'v', matches: '^v1\\.' })).toBeUndefined();
    expect(checkJsonPath(doc, { path: 'n', matches: '^5$' })).toBeUndefined();
    expect(checkJsonPath(doc, { path: 'o', matches: '^\\{"k":\\[1\\]\\}$' })).toBeUndefined();
    expect(checkJsonPath(doc, { path: 'v', matches: '^v2' })).toBe('v: "v1.2.3" does not match /^v2/');
    expect(checkJsonPath(doc, { path: 'n', min: 5, max: 5 })).toBeUndefined();
    expect(checkJsonPath(doc, { path: 'n', min: 6 })).toBe('n: 5 < min 6');
    expect(checkJsonPath(doc, { path: 'n', max: 4 })).toBe('n: 5 > max 4');
    expect(checkJsonPath(doc, { path: 'v', min: 0 })).toBe('v: expected a number, got "v1.2.3"');
    expect(checkJsonPath(doc, { path: 'v', max: 0 })).toBe('v: expected a number, got "v1.2.3"');
  });
});

describe('partial deep match of a JSON body', () => {
  it('passes when every expected field is there with its value, extra fields allowed', () => {
    expect(findJsonMismatch({ status: 'up', db: { ok: true, ms: 3 }, extra: 1 }, { status: 'up', db: { ok: true } })).toBeUndefined();
    expect(findJsonMismatch({ list: [1, 2] }, { list: [1, 2] })).toBeUndefined();
  });

  it('names the first field that differs, with its full path', () => {
    expect(findJsonMismatch({ db: { ok: false } }, { db: { ok: true } })).toBe('db.ok: expected true, got false');
    expect(findJsonMismatch({ db: {} }, { db: { ok: true } })).toBe('db.ok: missing');
    expect(findJsonMismatch({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe('b: expected 3, got 2');
    expect(findJsonMismatch({ a: 1 }, { a: null })).toBe('a: expected null, got 1');
    expect(findJsonMismatch({ a: null }, { a: null })).toBeUndefined();
    expect(findJsonMismatch({ list: [1, 2, 3] }, { list: [1, 2] })).toBe('list: expected [1,2], got [1,2,3]');
  });

  it('wants an object where the expectation is one', () => {
    expect(findJsonMismatch([1], { a: 1 })).toBe('body: expected an object, got [1]');
    expect(findJsonMismatch(null, { a: 1 })).toBe('body: expected an object, got null');
    expect(findJsonMismatch({ db: 'up' }, { db: { ok: true } })).toBe('db: expected an object, got "up"');
    expect(findJsonMismatch('up', 'down')).toBe('body: expected "down", got "up"');
  });

  it('cuts long values in messages', () => {
    const long = 'x'.repeat(100);
    expect(findJsonMismatch({ a: long }, { a: 'y' })).toBe(`a: expected "y", got ${JSON.stringify(long).slice(0, 77)}...`);
    expect(findJsonMismatch({ a: 'x'.repeat(78) }, { a: 'y' })).toBe(`a: expected "y", got ${JSON.stringify('x'.repeat(78))}`);
  });
});
