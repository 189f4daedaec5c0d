import { describe, expect, it } from 'vitest';
import { cannotWrite, createRecordKeeper } from '../src/index.js';

const about = { target: 'ewr', environment: 'production/ewr', what: 'status failure on deployment 7 (v3)', deploymentId: 7 };
const httpError = (status: number, message: string): Error => Object.assign(new Error(message), { status });

describe('createRecordKeeper', () => {
  it('retries a 5xx or 403 and keeps nothing once a try succeeds', async () => {
    const keeper = createRecordKeeper({ tries: 3, backoffMs: 1 });
    const answers = [httpError(502, 'Bad Gateway'), httpError(403, 'You have exceeded a secondary rate limit')];
    let calls = 0;
    const value = await keeper.write(about, async () => {
      calls++;
      const e = answers.shift();
      if (e) throw e;
      return 'written';
    });
    expect([value, calls, keeper.unrecorded]).toEqual(['written', 3, []]);
  });

  it('gives up at once on a 422 or a write that cannot be done, with the cause', async () => {
    const warned: string[] = [];
    const keeper = createRecordKeeper({ tries: 5, backoffMs: 1, warn: (l) => warned.push(l) });
    let calls = 0;
    expect(await keeper.write(about, async () => { calls++; throw httpError(422, 'Validation Failed'); })).toBeUndefined();
    expect(await keeper.write({ ...about, what: 'final status' }, async () => { calls++; throw cannotWrite('its deployment could not be created'); })).toBeUndefined();
    expect(calls).toBe(2);
    expect(keeper.unrecorded.map((u) => u.cause)).toEqual(['HTTP 422: Validation Failed', 'its deployment could not be created']);
    expect(warned[0]).toBe('ewr: could not record status failure on deployment 7 (v3): HTTP 422: Validation Failed');
  });

  it('settles within its bound: a write still in flight is listed with the last error it met', async () => {
    const keeper = createRecordKeeper({ tries: 10, backoffMs: 200 });
    void keeper.write(about, async () => { throw httpError(500, 'Server Error'); });
    void keeper.write({ ...about, what: 'status in_progress on deployment 8' }, () => new Promise(() => {}));
    const started = Date.now();
    expect(await keeper.settle(150)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(keeper.unrecorded.map((u) => [u.what, u.cause])).toEqual([
      ['status failure on deployment 7 (v3)', 'HTTP 500: Server Error (still retrying when the run stopped waiting, 150 ms)'],
      ['status in_progress on deployment 8', 'still unanswered when the run stopped waiting (150 ms)'],
    ]);
  });
});
