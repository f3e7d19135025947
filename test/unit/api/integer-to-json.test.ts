// integerToJson's two-comparison shortcut must answer exactly as the driver's inSafeRange did: a number within
// ±(2^53 - 1), the exact decimal string beyond, at and around every boundary the shortcut and the slow path meet.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { integerToJson } from '../../../server/db/to-json.ts';

const reference = (value: ReturnType<typeof neo4j.int>) => (neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString());

describe('integerToJson', () => {
  it('gives numbers up to ±(2^53 - 1) and exact strings beyond', () => {
    expect(integerToJson(neo4j.int(0))).toBe(0);
    expect(integerToJson(neo4j.int(-42))).toBe(-42);
    expect(integerToJson(neo4j.int('9007199254740991'))).toBe(Number.MAX_SAFE_INTEGER);
    expect(integerToJson(neo4j.int('-9007199254740991'))).toBe(Number.MIN_SAFE_INTEGER);
    expect(integerToJson(neo4j.int('9007199254740992'))).toBe('9007199254740992');
    expect(integerToJson(neo4j.int('-9007199254740992'))).toBe('-9007199254740992');
    expect(integerToJson(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
    expect(integerToJson(neo4j.int('-9223372036854775808'))).toBe('-9223372036854775808');
  });

  it('agrees with inSafeRange around the high words where the shortcut ends', () => {
    for (const high of [-0x200001, -0x200000, -0x1fffff, -1, 0, 1, 0x1ffffe, 0x1fffff, 0x200000, 0x200001]) {
      for (const low of [0, 1, 2, 0x7fffffff, -0x80000000, -2, -1]) {
        const value = new neo4j.Integer(low, high);
        expect(integerToJson(value), value.toString()).toBe(reference(value));
      }
    }
  });
});
