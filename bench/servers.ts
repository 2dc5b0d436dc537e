import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const probePath = fileURLToPath(new URL('./probe.mjs', import.meta.url));
const referenceBin = fileURLToPath(new URL('./reference-server.mjs', import.meta.url));

export const benchAdminToken = 'bench-admin-token';
export type ServerKind = 'vonk' | 'reference';

export interface ServerOptions {
  kind: ServerKind;
  /** Vonk: LevelDB store (else memory). Reference: YPERSISTENCE (y-leveldb) in dataDir. */
  persist: boolean;
  dataDir: string;
}

export interface CpuMemSample {
  atMs: number;
  /** utime + stime of the whole process (all threads), from /proc/<pid>/stat. */
  cpuMs: number;
  rssBytes: number;
}

export interface HeapSample {
  heapUsed: number;
  external: number;
  rss: number;
}

export interface ServerLoopDelay {
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

export interface ServerHandle {
  kind: ServerKind;
  persist: boolean;
  pid: number;
  /** http://127.0.0.1:<port> */
  httpUrl: string;
  /** The websocket URL of a doc (Vonk: /yjs/<doc>?token=…&acks=1; reference: /<doc>). */
  docUrl(docName: string, token?: string): string;
  /** y-websocket's WebsocketProvider base URL and params for a doc. */
  providerBase(): string;
  sample(): CpuMemSample;
  /** Heap after a forced full GC in the server (through the harness's preload probe). */
  heap(): Promise<HeapSample>;
  /** The server's event-loop delay since the previous call (the first call starts it). */
  loopDelay(): Promise<ServerLoopDelay>;
  output(): string;
  stop(): Promise<void>;
}

const clockTicks = 100; // getconf CLK_TCK on Linux
const live = new Set<ChildProcess>();

/** Kills every server this process started (also used from exit handlers). */
export function killAllServers(): void {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  live.clear();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export async function makeDataDir(label: string): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), `vonk-bench-${label}-`));
}

export function readProc(pid: number): CpuMemSample {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { atMs: performance.now(), cpuMs: ((utime + stime) * 1000) / clockTicks, rssBytes: rssKb * 1024 };
}

export async function startServer(options: ServerOptions, timeoutMs = 30_000): Promise<ServerHandle> {
  const port = await freePort();
  const nodeFlags = ['--expose-gc', '--import', probePath];
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of every server, written when it stops.
  if (process.env.BENCH_CPU_PROF)
    nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`);
  const args =
    options.kind === 'vonk'
      ? [...nodeFlags, '--import', 'tsx', 'server/main.ts']
      : [...nodeFlags, referenceBin];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
  };
  if (options.kind === 'vonk') {
    Object.assign(env, {
      DATA_DIR: options.dataDir,
      VONK_ADMIN_TOKEN: benchAdminToken,
      VONK_STORE: options.persist ? 'leveldb' : 'memory',
      VONK_DEMO: '0',
      VONK_CLIENT_DIR: path.join(options.dataDir, 'no-client'),
    });
  } else if (options.persist) {
    env.YPERSISTENCE = path.join(options.dataDir, 'y-leveldb');
  }
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  live.add(child);
  let out = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  const keep = (chunk: string): void => {
    if (out.length < 200_000) out += chunk;
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      live.delete(child);
      resolve();
    }),
  );
  const ready = options.kind === 'vonk' ? /Vonk is running at/ : /running at/;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`${options.kind} did not start in ${timeoutMs} ms\n${out}`)),
      timeoutMs,
    );
    const onData = (): void => {
      if (ready.test(out)) done();
    };
    const onExit = (): void => done(new Error(`${options.kind} exited during startup\n${out}`));
    function done(error?: Error): void {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve();
    }
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });

  const pid = child.pid!;
  const httpUrl = `http://127.0.0.1:${port}`;
  let nextId = 0;
  /** One request to the preload probe (bench/probe.mjs) and its answer, within 10 s. */
  const askProbe = <T>(type: string, extra: Record<string, unknown> = {}): Promise<T> => {
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.off('message', onMessage);
        reject(new Error(`no ${type} answer from the server within 10 s`));
      }, 10_000);
      const onMessage = (message: unknown): void => {
        const m = message as { type?: string; id?: number };
        if (m?.type !== type || m.id !== id) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message as T);
      };
      child.on('message', onMessage);
      child.send({ type, id, ...extra });
    });
  };
  return {
    kind: options.kind,
    persist: options.persist,
    pid,
    httpUrl,
    docUrl(docName, token) {
      if (options.kind === 'reference') return `ws://127.0.0.1:${port}/${docName}`;
      return `ws://127.0.0.1:${port}/yjs/${docName}?token=${encodeURIComponent(token ?? '')}&acks=1`;
    },
    providerBase() {
      return options.kind === 'reference' ? `ws://127.0.0.1:${port}` : `ws://127.0.0.1:${port}/yjs`;
    },
    sample: () => readProc(pid),
    async heap() {
      const m = await askProbe<HeapSample>('bench:sample', { gc: true });
      return { heapUsed: m.heapUsed, external: m.external, rss: m.rss };
    },
    async loopDelay() {
      const m = await askProbe<ServerLoopDelay>('bench:loop');
      return { p50Ms: m.p50Ms, p99Ms: m.p99Ms, maxMs: m.maxMs };
    },
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Vonk stores everything on SIGTERM; the reference has no handler and just ends.
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
