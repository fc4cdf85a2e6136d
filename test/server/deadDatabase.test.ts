import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A "database" that accepts connections and never says a word, as a hung server or a firewall does. */
async function silentServer(): Promise<number> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closers.push(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

// Start-up waits out the 10-second connect timeout, after tsx itself starts.
describe('start-up with a database that never answers', { timeout: 60_000 }, () => {
  it('gives up after the connect timeout with a clear message and exits non-zero', async () => {
    const port = await silentServer();
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/server/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DATABASE_URL: `postgres://sts:secret-password@127.0.0.1:${port}/stsbot`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toContain(`could not open PostgreSQL at 127.0.0.1:${port}/stsbot`);
    expect(stderr).toMatch(/timeout/i);
    expect(stderr).toContain('check DATABASE_URL, that the server is up and reachable');
    expect(stderr).not.toContain('secret-password');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
