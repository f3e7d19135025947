// The driver decodes every Bolt map (a node's properties, a relationship's, a map a statement returns) by calling
// Object.defineProperty once per key, only so that a key named "__proto__" becomes an own property instead of
// replacing the object's prototype. defineProperty is a call into the V8 runtime where an assignment is an inline
// store: in the API benchmark's profile it was the largest single item of the server's decoding (about 5% of the
// serving process's samples for a 2-hop expansion, ~1,000 map entries per answer). This assigns plainly and keeps
// defineProperty for "__proto__" alone, so every decoded map is the same object with the same own keys, in the same
// order, as before (test/unit/api/fast-bolt-maps.test.ts decodes the same bytes both ways).
// Like coalesce-bolt-writes.ts this reaches into the driver's Bolt layer (not public API): it checks the shape it
// relies on and leaves the driver alone when that shape is gone; the unit test fails then, so an upgrade says so.
import { createRequire } from 'node:module';

type Hydrate = (structure: unknown) => unknown;

export interface UnpackerLike {
  unpack(buffer: unknown, hydrate?: Hydrate): unknown;
  _unpackMapWithSize(size: number, buffer: unknown, hydrate?: Hydrate): Record<string, unknown>;
}

// Resolved from the driver itself, so this is the copy of the Bolt layer the driver uses.
const require = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
let original: UnpackerLike['_unpackMapWithSize'] | undefined;

/** Patches the driver's packstream unpacker once per process; true when the patch is (now or already) in place. */
export function fastBoltMaps(): boolean {
  if (original) return true;
  const prototype = unpackerPrototype();
  if (!prototype) return false;
  original = prototype._unpackMapWithSize;
  prototype._unpackMapWithSize = function unpackMapByAssignment(this: UnpackerLike, size, buffer, hydrate) {
    const value: Record<string, unknown> = {};
    for (let i = 0; i < size; i++) {
      const key = this.unpack(buffer, hydrate) as string;
      const unpacked = this.unpack(buffer, hydrate);
      if (key === '__proto__') Object.defineProperty(value, key, { value: unpacked, writable: true, enumerable: true, configurable: true });
      else value[key] = unpacked;
    }
    return value;
  };
  return true;
}

/** The driver's own map decoding, as it was before the patch; for the unit test. */
export function originalUnpackMap(): UnpackerLike['_unpackMapWithSize'] | undefined {
  return original;
}

export function unpackerPrototype(): UnpackerLike | undefined {
  try {
    const module = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js') as { Unpacker?: { prototype?: Partial<UnpackerLike> } };
    const prototype = module.Unpacker?.prototype;
    return prototype && typeof prototype._unpackMapWithSize === 'function' && typeof prototype.unpack === 'function' ? (prototype as UnpackerLike) : undefined;
  } catch {
    return undefined;
  }
}
