import { describe, expect, it } from 'vitest';
import { StatementPipeline } from '../../src/store/neo4j/pipeline';

/** A statement whose answer the test releases by hand. */
function statement<T>(value: T) {
  let release!: () => void;
  let fail!: (error: Error) => void;
  const pending = new Promise<T>((resolve, reject) => {
    release = () => resolve(value);
    fail = reject;
  });
  return { pending, release, fail };
}

describe('StatementPipeline', () => {
  it('keeps at most `window` statements in flight and reports answers in order', async () => {
    const pipeline = new StatementPipeline(2);
    const answered: number[] = [];
    const [a, b, c] = [statement(1), statement(2), statement(3)];
    await pipeline.add(a.pending, (v) => answered.push(v));
    let thirdAccepted = false;
    const second = pipeline.add(b.pending, (v) => answered.push(v)).then(() => (thirdAccepted = true));
    await Promise.resolve();
    expect(thirdAccepted).toBe(false); // the window (2) is full until the first answers
    a.release();
    await second;
    expect(answered).toEqual([1]);
    const third = pipeline.add(c.pending, (v) => answered.push(v));
    b.release();
    await third;
    expect(answered).toEqual([1, 2]);
    c.release();
    await pipeline.drain();
    expect(answered).toEqual([1, 2, 3]);
  });

  it('throws the failure of a statement from add or drain, never as an unhandled rejection', async () => {
    const pipeline = new StatementPipeline(3);
    const [a, b] = [statement('a'), statement('b')];
    await pipeline.add(a.pending);
    await pipeline.add(b.pending);
    b.fail(new Error('tx lost'));
    a.release();
    await expect(pipeline.drain()).rejects.toThrow('tx lost');
  });

  it('refuses a window below 1', () => {
    expect(() => new StatementPipeline(0)).toThrow(RangeError);
    expect(() => new StatementPipeline(1.5)).toThrow(/pipeline window/);
  });
});
