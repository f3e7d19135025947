// The driver's Node channel, patched by server/db/coalesce-bolt-writes.ts: what it writes in one tick leaves as one
// socket write. If a driver upgrade moves or renames the channel, the patch is skipped and this fails.
import { createServer, connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelBufferOf, coalesceBoltWrites, nodeChannelPrototype } from '../../../server/db/coalesce-bolt-writes.ts';

describe('coalesceBoltWrites', () => {
  const server = createServer();
  const received: Buffer[] = [];
  let client: Socket;

  beforeAll(async () => {
    server.on('connection', (socket) => socket.on('data', (chunk: Buffer) => received.push(chunk)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('no port');
    client = connect(address.port, '127.0.0.1');
    await new Promise((resolve) => client.once('connect', resolve));
  });
  afterAll(async () => {
    client.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('finds the driver channel it patches', () => {
    expect(coalesceBoltWrites()).toBe(true);
    expect(coalesceBoltWrites()).toBe(true); // once per process: a second call patches nothing twice
  });

  it('holds the writes of one tick back and sends them all when the tick ends', async () => {
    coalesceBoltWrites();
    const write = nodeChannelPrototype()?.write;
    if (!write) throw new Error('no channel');
    const channel = { _conn: client, _pending: null };
    write.call(channel, channelBufferOf(Buffer.alloc(1400, 1)));
    write.call(channel, channelBufferOf(Buffer.alloc(1400, 2)));
    expect(client.writableCorked).toBe(1);
    expect(client.writableLength).toBe(2800);
    await new Promise((resolve) => setImmediate(resolve));
    expect(client.writableCorked).toBe(0);
    await expect.poll(() => Buffer.concat(received).length).toBe(2800);
    expect(Buffer.concat(received)).toEqual(Buffer.concat([Buffer.alloc(1400, 1), Buffer.alloc(1400, 2)]));
  });

  it('leaves a channel that is still connecting to queue its writes itself', () => {
    const write = nodeChannelPrototype()?.write;
    if (!write) throw new Error('no channel');
    const pending: unknown[] = [];
    write.call({ _conn: client, _pending: pending }, channelBufferOf(Buffer.alloc(10)));
    expect(pending).toHaveLength(1);
    expect(client.writableCorked).toBe(0);
  });
});
