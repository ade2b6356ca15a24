import { describe, expect, it } from 'vitest';
import { seatIssues } from '../../src/model/validate-records';

// The seat rules of member_of and chairs edges, each issue naming the file, the record and the field.
describe('seatIssues', () => {
  const at = (edge: Parameters<typeof seatIssues>[2]) => seatIssues('data/bodies.yaml', 'e1', edge);

  it('accepts member seats on member_of, co_chair on chairs, and neither elsewhere', () => {
    expect(at({ kind: 'member_of', vote: 'voting', seat: 'permanent' })).toEqual([]);
    expect(at({ kind: 'chairs', seat: 'co_chair' })).toEqual([]);
    expect(at({ kind: 'chairs' })).toEqual([]);
    expect(at({ kind: 'reports_to' })).toEqual([]);
  });

  it('names the field a member_of or chairs edge gets wrong', () => {
    expect(at({ kind: 'member_of', seat: 'co_chair' })).toEqual([
      {
        file: 'data/bodies.yaml',
        record: 'e1',
        field: 'seat',
        message: "seat 'co_chair' belongs to chairs edges, not member_of",
      },
    ]);
    expect(at({ kind: 'chairs', vote: 'voting', seat: 'permanent' })).toEqual([
      { file: 'data/bodies.yaml', record: 'e1', field: 'vote', message: 'vote belongs to member_of edges' },
    ]);
    expect(at({ kind: 'chairs', seat: 'permanent' })).toEqual([
      {
        file: 'data/bodies.yaml',
        record: 'e1',
        field: 'seat',
        message: "a chairs edge takes seat co_chair, not 'permanent'",
      },
    ]);
  });

  it('rejects vote or seat on any other kind of edge, vote first', () => {
    const message = 'vote and seat belong to member_of and chairs edges';
    expect(at({ kind: 'reports_to', vote: 'guest', seat: 'guest' })).toEqual([
      { file: 'data/bodies.yaml', record: 'e1', field: 'vote', message },
    ]);
    expect(at({ kind: 'reports_to', seat: 'guest' })).toEqual([
      { file: 'data/bodies.yaml', record: 'e1', field: 'seat', message },
    ]);
  });
});
