import fs from 'node:fs/promises';
import path from 'node:path';
import type { BoardResult } from './board500.ts';
import type { Verdict } from './budgets.ts';
import type { Smoothness } from './frames.ts';
import type { Distribution } from './stats.ts';
import type { WallResult } from './wall40.ts';

export interface ClientBenchResults {
  scenario: 'client' | 'client-quick';
  startedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    chromium: string;
    /** 1-minute load average before the run: above ~0.5 something else shared the cores. */
    loadAverageBefore: number;
  };
  board: BoardResult;
  wall: WallResult;
  verdicts: Verdict[];
}

/** bench/results/<ISO date>-client.json, named like the server benchmark's files. */
export async function writeResults(resultsDir: string, results: ClientBenchResults): Promise<string> {
  await fs.mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${results.startedAt.replace(/[:.]/g, '-')}-${results.scenario}.json`);
  await fs.writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

const ms = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : `${value}`;
const spread = (d: Distribution): string => `${ms(d.p50)} / ${ms(d.p95)} / ${ms(d.p99)} / ${ms(d.max)}`;
const tasks = (s: Smoothness): string =>
  `${s.longTasks.count} (${s.longTasks.over100Ms} > 100 ms, longest ${ms(s.longTasks.maxMs)})`;

function table(header: [string, string], rows: [string, string][]): string {
  return [
    `| ${header[0]} | ${header[1]} |`,
    '| --- | ---: |',
    ...rows.map(([a, b]) => `| ${a} | ${b} |`),
  ].join('\n');
}

export function markdownReport(results: ClientBenchResults): string {
  const { board, wall, machine } = results;
  const cards = board.plan.cards;
  const screen = wall.screen;
  const metrics = table(
    ['metric', 'value'],
    [
      [
        `board (${cards} cards, ${board.plan.viewport.width}×${board.plan.viewport.height}): navigation → all cards in DOM (ms)`,
        ms(board.load.allCardsInDomMs),
      ],
      ['board load: long tasks until 1 s after', tasks({ ...board.idle, longTasks: board.load.longTasks })],
      ['board idle: frame interval p50 / p95 / p99 / max (ms)', spread(board.idle.frameIntervalMs)],
      [
        `board scroll (down and up, ${board.scroll.scrolledPx} px in ${Math.round(board.scroll.durationMs)} ms): frame interval p50 / p95 / p99 / max (ms)`,
        spread(board.scroll.frameIntervalMs),
      ],
      [
        'board scroll: late frames (interval > 25 ms) / frames',
        `${board.scroll.lateFrames} / ${board.scroll.frames}`,
      ],
      ['board scroll: long tasks', tasks(board.scroll)],
      [
        'typing (one card of many): key → frame p50 / p95 / p99 / max (ms)',
        spread(board.typing.keyToFrameMs),
      ],
      ['typing: key → input handled p50 / p95 / p99 / max (ms)', spread(board.typing.keyHandlingMs)],
      ['typing: key → other participant (Node) p50 / p95 / p99 / max (ms)', spread(board.typing.keyToPeerMs)],
      [
        `wall (${screen.tiles} tiles of ${screen.tileWidthPx}×${screen.tileHeightPx} px, ${screen.mode}; card texts ${screen.cardTextsVisible ? 'shown' : 'hidden'}): navigation → first / all groups in DOM (ms)`,
        `${ms(screen.firstGroupInDomMs)} / ${ms(screen.allGroupsInDomMs)}`,
      ],
      [
        `wall: updates sent / shown / never shown (${wall.plan.load.students} students, ${wall.updates.perSecond}/s, ${wall.plan.runMs / 1000} s)`,
        `${wall.updates.sent} / ${wall.updates.shown} / ${wall.updates.neverShown}`,
      ],
      ['wall: lag write → DOM p50 / p95 / p99 / max (ms)', spread(wall.lagToDomMs)],
      ['wall: lag write → frame p50 / p95 / p99 / max (ms)', spread(wall.lagToFrameMs)],
      [
        'wall: lag → frame p50 first third / last third (ms)',
        `${ms(wall.lagToFrameByThird.firstThirdP50Ms)} / ${ms(wall.lagToFrameByThird.lastThirdP50Ms)}`,
      ],
      ['wall: frame interval p50 / p95 / p99 / max (ms)', spread(wall.page.frameIntervalMs)],
      ['wall: long tasks', tasks(wall.page)],
      [
        'Node (server + students): event-loop delay p99 / max (ms); sockets closed',
        `${ms(wall.generator.loopDelayP99Ms)} / ${ms(wall.generator.loopDelayMaxMs)}; ${wall.generator.closedSockets}`,
      ],
    ],
  );
  const verdicts = [
    '| budget | limit | measured | met |',
    '| --- | ---: | ---: | --- |',
    ...results.verdicts.map(
      (v) => `| ${v.budget} | ${v.limit} | ${v.measured} | ${v.met ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  return [
    `Client budgets (issue #7), ${results.scenario}, ${results.startedAt}: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, Chromium ${machine.chromium} (headless, software rendering); load average before ${machine.loadAverageBefore}.`,
    '',
    metrics,
    '',
    verdicts,
  ].join('\n');
}
