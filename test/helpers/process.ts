import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testAdminToken } from './server.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface VonkProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/**
 * `node --import tsx server/main.ts` exactly as `npm start` runs the server (without the
 * build), on a free port; resolves with the URL from its first line of output.
 */
export function spawnVonk(dataDir: string, timeoutMs = 30_000): Promise<VonkProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      VONK_ADMIN_TOKEN: testAdminToken,
      VONK_STORE: 'leveldb',
      VONK_DEMO: '0',
      VONK_PUBLIC_URL: '',
      VONK_ALLOWED_ORIGINS: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.kill('SIGKILL');
      reject(new Error(`${why}\nstdout: ${stdout}\nstderr: ${stderr}`));
    };
    const timer = setTimeout(() => fail(`Vonk did not start within ${timeoutMs} ms`), timeoutMs);
    const onData = (): void => {
      const newline = stdout.indexOf('\n');
      if (newline < 0 || settled) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      const match = /^Vonk is running at (http:\/\/127\.0\.0\.1:\d+)\s/.exec(stdout.slice(0, newline + 1));
      if (!match) {
        fail('the first line of output is not "Vonk is running at <url>"');
        return;
      }
      settled = true;
      resolve({ child, url: match[1]!, stdout: () => stdout, stderr: () => stderr, exited });
    };
    child.stdout!.on('data', onData);
    void exited.then(({ code, signal }) =>
      fail(`Vonk exited during startup (code ${code}, signal ${signal})`),
    );
  });
}

/** SIGKILLs every server process still running and waits until each is gone. */
export async function killAllVonks(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            resolve();
            return;
          }
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
