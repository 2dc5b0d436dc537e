import os from 'node:os';
import path from 'node:path';
import { fullBoardPlan, quickBoardPlan, runBoard } from './board500.ts';
import { boardVerdicts, wallVerdicts } from './budgets.ts';
import { buildClient, Cleanups, launchBrowser, repoRoot, startServer } from './harness.ts';
import { progress } from './progress.ts';
import { markdownReport, writeResults, type ClientBenchResults } from './report.ts';
import { fullWallPlan, quickWallPlan, runWall } from './wall40.ts';

/**
 * `npm run bench:client [-- --quick]`: issue #7's client budgets in real Chromium — a
 * board of 500 cards (load, scroll, typing) and the projector wall with 40 live groups,
 * each against a real server (port 0, LevelDB in a temp dir) on a production build.
 * `--quick` (60 cards, 4 groups, a few seconds) only checks that the harness completes;
 * its results file is named `…-client-quick.json`, which git ignores.
 */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const startedAt = new Date().toISOString();
  const loadAverageBefore = Math.round(os.loadavg()[0]! * 100) / 100;
  if (loadAverageBefore > 0.5) {
    progress(`load average ${loadAverageBefore}: something else is running, the numbers will be noisy`);
  }
  process.chdir(repoRoot);
  const cleanups = new Cleanups();
  const stop = (signal: NodeJS.Signals): void => {
    interrupted = true;
    progress(`${signal}: cleaning up`);
    void cleanups.runAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    progress('building the client (production)');
    const clientDir = await buildClient(cleanups);
    const server = await startServer(cleanups, clientDir);
    const browser = await launchBrowser(cleanups);
    const board = await runBoard(server, browser, quick ? quickBoardPlan : fullBoardPlan);
    const wall = await runWall(server, browser, quick ? quickWallPlan : fullWallPlan);
    const results: ClientBenchResults = {
      scenario: quick ? 'client-quick' : 'client',
      startedAt,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        chromium: browser.version(),
        loadAverageBefore,
      },
      board,
      wall,
      verdicts: [...boardVerdicts(board), ...wallVerdicts(wall)],
    };
    const file = await writeResults(path.join(repoRoot, 'bench/results'), results);
    console.log(markdownReport(results));
    progress(`results: ${path.relative(repoRoot, file)}`);
  } finally {
    await cleanups.runAll();
  }
}

/** Set on Ctrl-C: the run's own steps then fail on the closed browser, which says nothing new. */
let interrupted = false;

main().catch((error: unknown) => {
  if (!interrupted) console.error(error);
  process.exitCode = 1;
});
