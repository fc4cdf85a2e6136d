import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  url: string;
  /**
   * Stops the server as an operator's restart does (fast shutdown: every session is terminated "due
   * to administrator command"), then starts it again on the same port and data; resolves when it
   * accepts connections again.
   */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The newest PostgreSQL server binaries on this machine (Debian puts them under /usr/lib/postgresql/N/bin). */
export function findPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A throwaway PostgreSQL server for tests: initdb in a temp folder, loopback only, trust auth, no fsync.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql; install them: apt-get install -y postgresql',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'sts-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
  const [initCmd, initArgs] = run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'sts',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  execFileSync(initCmd, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [cmd, args] = run(join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${dir}`,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ]);
  const url = `postgres://sts@127.0.0.1:${port}/postgres`;
  // Its own process group, so stopping reaches postgres itself and not only runuser.
  const launch = async (): Promise<ChildProcess> => {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    for (let attempt = 0; ; attempt += 1) {
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        await client.end();
        return child;
      } catch (error) {
        await client.end().catch(() => undefined);
        if (attempt > 100 || child.exitCode !== null)
          throw new Error(`PostgreSQL did not start: ${String(error)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const halt = async (child: ChildProcess) => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGINT');
    const forced = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(forced);
  };
  let child = await launch();
  return {
    url,
    async restart() {
      await halt(child);
      child = await launch();
    },
    async stop() {
      await halt(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the server, so each test file starts empty. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name.replace(/[^a-z0-9_]/g, '_')}"`);
  await client.end();
  return serverUrl.replace(/\/postgres$/, `/${name.replace(/[^a-z0-9_]/g, '_')}`);
}
