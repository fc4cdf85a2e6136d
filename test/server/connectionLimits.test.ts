import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION_LIMITS } from '../../adapters/server/createServer.js';
import { startTestApp, type TestApp } from './startTestApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Opens a raw connection, writes `head`, never writes more; resolves with all the server said once it closes. */
async function stall(head: string): Promise<string> {
  const socket: Socket = connect(t.app.port, '127.0.0.1');
  await once(socket, 'connect');
  let heard = '';
  socket.on('data', (chunk: Buffer) => {
    heard += chunk.toString('latin1');
  });
  socket.write(head);
  await once(socket, 'close');
  return heard;
}

describe('connection limits', () => {
  it('drops a client whose headers never end (after the headers timeout, not Node’s 60 s)', async () => {
    const heard = await stall('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    expect(heard).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('drops a client whose body never ends (after the request timeout, not Node’s 300 s)', async () => {
    const heard = await stall(
      'POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"question":',
    );
    expect(heard).toMatch(/^HTTP\/1\.1 408 /);
  }, 30_000);

  it('keeps idle connections open longer than a load balancer does, and says so', async () => {
    expect(CONNECTION_LIMITS.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(t.app.server.keepAliveTimeout).toBe(CONNECTION_LIMITS.keepAliveTimeout);
    expect(t.app.server.headersTimeout).toBe(CONNECTION_LIMITS.headersTimeout);
    expect(t.app.server.requestTimeout).toBe(CONNECTION_LIMITS.requestTimeout);
    const res = await fetch(`${t.base}/healthz`);
    expect(res.headers.get('keep-alive')).toBe(`timeout=${CONNECTION_LIMITS.keepAliveTimeout / 1000}`);
  });
});
