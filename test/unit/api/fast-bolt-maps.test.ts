// The driver's map decoding, patched by server/db/fast-bolt-maps.ts to assign keys instead of defining them: the same
// bytes must decode to the same objects (own keys, order, values, prototype) both ways. If a driver upgrade moves or
// renames the unpacker, the patch is skipped and this fails.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fastBoltMaps, originalUnpackMap, unpackerPrototype, type UnpackerLike } from '../../../server/db/fast-bolt-maps.ts';

const require = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const packstream = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js') as {
  Packer: new (channel: unknown) => { packable(value: unknown): () => void };
  Unpacker: new () => UnpackerLike;
};
const ChannelBuffer = (require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default: new (size: number) => { reset(): void } }).default;

/** Packs a value as Bolt would and decodes it with the given map decoding. */
function roundTrip(value: unknown, decodeMap: UnpackerLike['_unpackMapWithSize']): unknown {
  const buffer = new ChannelBuffer(1 << 16);
  new packstream.Packer(buffer).packable(value)();
  buffer.reset();
  const unpacker = new packstream.Unpacker();
  unpacker._unpackMapWithSize = decodeMap;
  return unpacker.unpack(buffer);
}

const samples: Record<string, unknown>[] = [
  {},
  { id: 'event:bench-1', summary: 'a summary', date: '2024-01-02', count: 3, score: 0.5, ok: true, none: null },
  { sentenceIds: ['sentence:a:1', 'sentence:a:2'], nested: { b: 1, a: [{ z: 'x', y: 'w' }] } },
  // Keys an object literal treats specially, and integer-like keys (which objects order first, either way).
  { constructor: 'c', toString: 't', hasOwnProperty: 'h', valueOf: 1, '10': 'ten', '2': 'two', b: 'b', 'é ü': 'ü' },
  Object.defineProperty({ before: 1 }, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true }),
];

describe('fastBoltMaps', () => {
  it('finds the driver unpacker it patches', () => {
    expect(fastBoltMaps()).toBe(true);
    expect(fastBoltMaps()).toBe(true); // once per process: a second call patches nothing twice
    expect(originalUnpackMap()).toBeTypeOf('function');
    expect(unpackerPrototype()?._unpackMapWithSize).not.toBe(originalUnpackMap());
  });

  it.each(samples.map((sample, i) => [i, sample] as const))('decodes map %i exactly as the driver did', (_i, sample) => {
    fastBoltMaps();
    const patched = unpackerPrototype()?._unpackMapWithSize;
    const original = originalUnpackMap();
    if (!patched || !original) throw new Error('no unpacker');
    const before = roundTrip(sample, original) as Record<string, unknown>;
    const after = roundTrip(sample, patched) as Record<string, unknown>;
    expect(Reflect.ownKeys(after)).toEqual(Reflect.ownKeys(before));
    expect(after).toStrictEqual(before);
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  it('keeps a "__proto__" key an own property instead of a prototype', () => {
    fastBoltMaps();
    const patched = unpackerPrototype()?._unpackMapWithSize;
    if (!patched) throw new Error('no unpacker');
    const decoded = roundTrip(samples[4], patched) as Record<string, unknown>;
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(decoded, '__proto__')?.value).toEqual({ polluted: true });
    expect((decoded as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
