import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess;
let dir: string;
let port: number;
let stdout = '';
let stderr = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sts-output-'));
  // NODE_ENV unset on purpose: express's own error page shows a stack trace then.
  child = spawn(process.execPath, ['--import', 'tsx', 'adapters/server/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      LOG_LEVEL: 'info',
      TRY_PAGE: 'true',
      SLACK_SIGNING_SECRET: 'signing-secret',
      SLACK_BOT_TOKEN: 'xoxb-output-test',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /"port":(\d+).*"msg":"sts-bot listening"/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${stdout}${stderr}`)));
  });
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request (fetch would refuse the malformed ones), answered with status, type and body. */
function send(method: string, path: string, body = '', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: text }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const activity = JSON.stringify({
  type: 'message',
  text: 'hello',
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/',
  conversation: { id: 'a:1' },
  from: { id: '29:user' },
  recipient: { id: '28:bot' },
});

describe('output under bad requests', { timeout: 60_000 }, () => {
  it('answers each in JSON or plain text without a stack trace, and writes only JSON lines', async () => {
    const answers = [
      await send('POST', '/api/messages', activity, json),
      await send('POST', '/api/messages', activity, { ...json, authorization: 'Basic abc' }),
      await send('POST', '/api/messages', '{"type":', json),
      await send('POST', '/api/ask', '{"question":', json),
      await send('POST', '/api/ask', JSON.stringify({ question: 'x'.repeat(100_000) }), json),
      await send('POST', '/slack/events', 'token=x&command=%2Fsts', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
      await send('GET', '/%E0%A4%A', ''),
      await send('GET', '/nope', ''),
    ];
    expect(answers.map((a) => a.status)).toEqual([401, 401, 400, 400, 413, 401, 404, 404]);
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      // JSON, or one line of text (botbuilder's 401 says text/html but sends a plain sentence).
      if (answer.type.startsWith('application/json')) expect(() => JSON.parse(answer.body)).not.toThrow();
      else expect(answer.body).toMatch(/^[^<>\n]*$/);
      expect(answer.body).not.toMatch(/\s+at .*\(|node_modules|\/work\//i);
    }
    // Let the server write whatever those requests make it write.
    await send('GET', '/healthz');
    const lines = stdout.trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(stderr).toBe('');
  });
});
