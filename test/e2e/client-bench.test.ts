import { describe, expect, it } from 'vitest';
import { quickBoardPlan, runBoard } from '../../bench/client/board500.ts';
import { quickWallPlan, runWall } from '../../bench/client/wall40.ts';
import { appHarness } from '../helpers/e2e.ts';

/**
 * `npm run bench:client` measures issue #7's client budgets; this keeps its harness working
 * as the client changes (test ids, routes, the wall's layout). Timings are not asserted
 * here: they belong to the benchmark, on an idle machine.
 */
describe('client benchmark harness', () => {
  const app = appHarness();

  it('opens a seeded board, scrolls it, types into it, and follows a live wall', async () => {
    const board = await runBoard(app.server, app.browser, quickBoardPlan);
    expect(board.load.cardsInDom).toBe(quickBoardPlan.cards);
    expect(board.scroll.reachedEnds).toBe(true);
    expect(board.scroll.frames).toBeGreaterThan(1);
    expect(board.typing.keys).toBe(quickBoardPlan.typing.text.length);
    expect(board.typing.keyToPeerMs.count).toBe(quickBoardPlan.typing.text.length);

    const wall = await runWall(app.server, app.browser, quickWallPlan);
    expect(wall.screen.tiles).toBe(quickWallPlan.load.groups);
    expect(wall.updates.sent).toBeGreaterThan(0);
    expect(wall.updates.neverShown).toBe(0);
  });
});
