// The driver writes a Bolt message in 1,400-byte pieces, each its own socket write (its chunker's buffer size, which
// no option changes): the expansion statement alone is about 4.3 KB of Cypher, so every 2-hop expansion was four or
// five writes, each a system call and a wake-up of Neo4j's network thread for a partial message. Corking the socket
// for the rest of the current tick turns what the driver writes in one go (RUN, PULL and the flush after them) into
// one write. Nothing waits longer: the tick ends before any I/O is looked at. Measured with
// scripts/bench-api-variants.ts (10 clients, rounds alternating with the unpatched server): 0.1 to 0.3 ms less server
// CPU per 2-hop expansion (of about 2.1), lower in 12 of 13 rounds over three runs (the third together with to-json.ts's
// lists-first order); Neo4j's CPU and the answers unchanged.
// This reaches into the driver's Node channel (not public API), so it checks the shape it relies on and leaves the
// driver alone when that shape is gone; test/unit/api/coalesce-bolt-writes.test.ts fails then, so an upgrade says so.
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';

interface NodeChannelLike {
  _conn?: Socket;
  _pending?: unknown[] | null;
}

type ChannelWrite = (this: NodeChannelLike, buffer: unknown) => void;

// Resolved from the driver itself, so this is the copy of the Bolt layer the driver uses.
const require = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
let installed = false;

/** Patches the driver's Node channel once per process; true when the patch is (now or already) in place. */
export function coalesceBoltWrites(): boolean {
  if (installed) return true;
  const prototype = nodeChannelPrototype();
  if (!prototype) return false;
  const write = prototype.write;
  prototype.write = function coalescedWrite(this: NodeChannelLike, buffer: unknown): void {
    const socket = this._conn;
    // While connecting, the driver queues writes itself (_pending); a corked socket is already being coalesced.
    if (this._pending === null && socket && !socket.writableCorked && !socket.destroyed) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    write.call(this, buffer);
  };
  installed = true;
  return true;
}

/** The driver's own buffer type, which its channel insists on; exported for the unit test. */
export function channelBufferOf(bytes: Buffer): unknown {
  const module = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default: new (buffer: Buffer) => unknown };
  return new module.default(bytes);
}

export function nodeChannelPrototype(): { write: ChannelWrite } | undefined {
  try {
    const module = require('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as { default?: { prototype?: { write?: unknown } } };
    const prototype = module.default?.prototype;
    return prototype && typeof prototype.write === 'function' ? (prototype as { write: ChannelWrite }) : undefined;
  } catch {
    return undefined;
  }
}
