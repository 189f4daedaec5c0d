import { describe, expect, it } from 'vitest';
import { checkShardTargets, ConfigError, describeShardMatrix, indexShards, MAX_MATRIX_JOBS, shardTargets } from '@stagegate/core';

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `t${i + 1}`);

describe('shardTargets', () => {
  it('cuts 500 targets into ten shards of 50, contiguous and in plan order', () => {
    const shards = shardTargets(names(500), 50);
    expect(shards.map((s) => s.targets.length)).toEqual(Array(10).fill(50));
    expect(shards.map((s) => s.label)).toEqual(['1/10', '2/10', '3/10', '4/10', '5/10', '6/10', '7/10', '8/10', '9/10', '10/10']);
    expect(shards[0]?.targets.slice(0, 2)).toEqual(['t1', 't2']);
    expect(shards[9]?.targets.at(-1)).toBe('t500');
    expect(shards.flatMap((s) => s.targets)).toEqual(names(500));
    expect(shards.map((s) => [s.index, s.count])).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1, 10]));
  });

  it('balances: sizes differ by at most one, larger shards first, never a shard of one straggler', () => {
    expect(shardTargets(names(101), 50).map((s) => s.targets.length)).toEqual([34, 34, 33]);
    expect(shardTargets(names(7), 3).map((s) => s.targets)).toEqual([['t1', 't2', 't3'], ['t4', 't5'], ['t6', 't7']]);
    expect(shardTargets(names(9), 3).map((s) => s.targets.length)).toEqual([3, 3, 3]);
    expect(shardTargets(names(1), 50)).toEqual([{ index: 1, count: 1, label: '1/1', targets: ['t1'] }]);
    for (const [n, size] of [[1000, 50], [999, 7], [13, 4], [256, 1]] as const) {
      const sizes = shardTargets(names(n), size).map((s) => s.targets.length);
      expect(sizes.length).toBe(Math.ceil(n / size));
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(size);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
    }
  });

  it('is stable: the same targets and size give the same shards, a different size a different cut', () => {
    expect(shardTargets(names(120), 50)).toEqual(shardTargets(names(120), 50));
    expect(shardTargets(names(120), 40).map((s) => s.targets.length)).toEqual([40, 40, 40]);
  });

  it('refuses a size that is not a whole number >= 1, naming the input', () => {
    for (const size of [0, -1, 2.5, Number.NaN]) expect(() => shardTargets(names(3), size)).toThrow(ConfigError);
    expect(() => shardTargets(names(3), 0, 'shard-size')).toThrow(/input shard-size: expected a whole number >= 1; got 0/);
  });

  it('refuses more shards than a matrix allows, with the size that fits', () => {
    expect(shardTargets(names(MAX_MATRIX_JOBS), 1)).toHaveLength(256);
    expect(() => shardTargets(names(MAX_MATRIX_JOBS + 1), 1)).toThrow(/257 targets in shards of 1 make 257 jobs, more than the 256 a matrix allows; use a shard-size of at least 2/);
    expect(() => shardTargets(names(1000), 3)).toThrow(/shard-size of at least 4/);
  });
});

describe('the matrix and the shard index', () => {
  it('gives one include entry per shard, targets comma-separated, ready for fromJSON', () => {
    const matrix = describeShardMatrix(shardTargets(names(5), 2));
    expect(matrix).toEqual({ include: [{ shard: '1/3', targets: 't1,t2' }, { shard: '2/3', targets: 't3,t4' }, { shard: '3/3', targets: 't5' }] });
    expect(JSON.parse(JSON.stringify(matrix))).toEqual(matrix);
  });

  it('tells the shard of each target', () => {
    const index = indexShards(shardTargets(names(5), 2));
    expect([...index]).toEqual([['t1', '1/3'], ['t2', '1/3'], ['t3', '2/3'], ['t4', '2/3'], ['t5', '3/3']]);
  });
});

describe('checkShardTargets', () => {
  it("accepts a subset of the stage's targets in the order given", () => {
    expect(checkShardTargets('wide', ['a', 'b', 'c'], ['c', 'a'])).toEqual(['c', 'a']);
  });

  it('refuses a target of another stage or one given twice, naming the input', () => {
    expect(() => checkShardTargets('wide', ['a', 'b'], ['a', 'z'])).toThrow(/input targets: expected targets of stage wide; got "z", which it does not have/);
    expect(() => checkShardTargets('wide', ['a', 'b'], ['a', 'b', 'a'])).toThrow(/input targets: expected each target once; got a more than once/);
    expect(() => checkShardTargets('wide', ['a'], ['q'], 'shard')).toThrow(/input shard:/);
  });
});
