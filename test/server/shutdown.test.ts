import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts `npm start`'s entry point and resolves with its port once it logs that it listens. */
async function startServer(): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sts-stop-'));
  dirs.push(dir);
  const child = spawn(tsx, ['adapters/server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"port":(\d+).*"msg":"sts-bot listening"/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
  return { child, port, output: () => out };
}

// Each case starts the server with tsx; on a busy 2-core machine that alone can take over 10 s.
describe('graceful shutdown', { timeout: 60_000 }, () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s finishes the request in flight, closes the database and exits 0',
    async (signal) => {
      const { child, port, output } = await startServer();
      // A request whose body has not all arrived: the server must wait for it, not cut it off.
      const body = JSON.stringify({ question: 'programs high relevance' });
      const req = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/ask',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
      });
      req.write(body.slice(0, 10));
      await new Promise((r) => setTimeout(r, 100));
      const exited = once(child, 'exit');
      child.kill(signal);
      await new Promise((r) => setTimeout(r, 200));
      expect(child.exitCode).toBeNull();
      req.end(body.slice(10));
      const answered = await response;
      expect(answered.status).toBe(200);
      expect(answered.text).toContain('Mockingbird Family');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output()).toContain('"msg":"sts-bot stopped"');
    },
  );

  it('refuses new connections once stopping', async () => {
    const { child, port } = await startServer();
    const held = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/ask',
      headers: { 'content-type': 'application/json', 'content-length': '40' },
    });
    held.on('error', () => undefined);
    held.write('{"question"');
    await new Promise((r) => setTimeout(r, 100));
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    held.destroy();
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
