import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, setCardSensitive, setCardTag } from '../../shared/board/commands.ts';
import { projectBoard, type CardView } from '../../shared/board/projection.ts';
import { createSolution, projectSolutions, solutionText } from '../../shared/board/solutions.ts';
import { defaultAgenda, minute, parseAgenda } from '../../shared/control/agenda.ts';
import type { VoteTally } from '../../shared/control/state.ts';
import { idleTimer, startTimer, pauseTimer, endTimer } from '../../shared/control/timer.ts';
import type { GroupId } from '../../shared/protocol/ids.ts';
import {
  agendaProblem,
  blankPhase,
  copyAgenda,
  durationMinutes,
  gridColumns,
  groupProgress,
  laneCards,
  movePhase,
  newPhaseId,
  nextPhaseId,
  parseRotateSeconds,
  phasesByDay,
  phaseStatus,
  resultBars,
  rotationAt,
  rotationOrder,
  screenOfPath,
  solutionTitles,
  timeIsUp,
  wallCards,
} from '../../client/src/lib/facilitation.ts';
import { facilitationMessages } from '../../client/src/lib/i18n/messages/facilitation.ts';
import { catalog } from '../../client/src/lib/i18n/catalog.ts';

function card(
  id: string,
  polarity: CardView['polarity'],
  createdAt: number,
  extra: Partial<CardView> = {},
): CardView {
  return {
    id,
    polarity,
    text: `text ${id}`,
    order: 'a0',
    authorId: 'p1',
    authorName: 'Anna',
    createdAt,
    tags: { code: null, context: null, need: null, phases: [], evidence: [] },
    sensitive: false,
    ...extra,
  };
}

/** A group doc with cards (one sensitive, one tagged) and two solutions. */
function groupDoc(): Y.Doc {
  const doc = new Y.Doc();
  const add = (id: string, polarity: 'stressor' | 'energy', createdAt: number, text: string) =>
    addCard(doc, { id, polarity, text, authorId: 'p1', authorName: 'Anna', createdAt });
  add('c00000001', 'stressor', 1, 'Te veel administratie');
  add('c00000002', 'stressor', 2, 'Geheime zorg over een collega');
  add('c00000003', 'energy', 3, 'Goede supervisie');
  add('c00000004', 'stressor', 4, 'Nachtdiensten');
  setCardSensitive(doc, 'c00000002', true);
  setCardTag(doc, 'c00000001', 'context', 'context:work');
  createSolution(doc, { id: 'sfirst0001', templateId: 'blank', createdAt: 5 });
  createSolution(doc, { id: 'ssecond001', templateId: 'blank', createdAt: 6 });
  solutionText(doc, 'sfirst0001', 'title')!.insert(0, 'Scribes op de poli');
  solutionText(doc, 'sfirst0001', 'what')!.insert(0, 'Een scribe schrijft mee.');
  return doc;
}

describe('wallCards', () => {
  it('never passes a sensitive card and hides authors unless names are on', () => {
    const board = projectBoard(groupDoc());
    const hidden = wallCards(board, false);
    expect(hidden.map((c) => c.id)).not.toContain('c00000002');
    expect(hidden).toHaveLength(3);
    expect(hidden.every((c) => c.authorName === null && c.authorId === null)).toBe(true);
    const named = wallCards(board, true);
    expect(named.map((c) => c.id)).not.toContain('c00000002');
    expect(named.every((c) => c.authorName === 'Anna')).toBe(true);
    // The board itself is not changed.
    expect(board.cards.find((c) => c.id === 'c00000001')?.authorName).toBe('Anna');
  });
});

describe('groupProgress', () => {
  it('counts lanes, tagged cards and solutions; the latest cards come newest first', () => {
    const doc = groupDoc();
    const progress = groupProgress(wallCards(projectBoard(doc), false), projectSolutions(doc), 2);
    expect(progress).toMatchObject({ stressors: 2, energy: 1, cards: 3, tagged: 1 });
    expect(progress.latest.map((c) => c.id)).toEqual(['c00000004', 'c00000003']);
    expect(progress.solutions.map((s) => s.title)).toEqual(['Scribes op de poli', '']);
    const [first, second] = progress.solutions;
    expect(first!.percent).toBeGreaterThan(second!.percent);
    expect(progress.bestPercent).toBe(first!.percent);
  });

  it('counts every card for the console when given the whole board', () => {
    const doc = groupDoc();
    expect(groupProgress(projectBoard(doc).cards, [], 0)).toMatchObject({
      cards: 4,
      stressors: 3,
      latest: [],
      bestPercent: null,
    });
  });

  it('breaks createdAt ties by id so the tile does not flicker', () => {
    const progress = groupProgress([card('cb', 'energy', 5), card('ca', 'stressor', 5)], [], 3);
    expect(progress.latest.map((c) => c.id)).toEqual(['ca', 'cb']);
  });
});

describe('laneCards', () => {
  it('keeps the lane order, caps it and says how many more', () => {
    const cards = [card('c1', 'stressor', 1), card('c2', 'energy', 2), card('c3', 'stressor', 3)];
    expect(laneCards(cards, 'stressor', 1)).toEqual({ shown: [cards[0]], more: 1 });
    expect(laneCards(cards, 'energy', 5)).toEqual({ shown: [cards[1]], more: 0 });
  });
});

describe('gridColumns', () => {
  it('lays out few groups in big tiles and many groups in a dense grid', () => {
    const wide = 1880 / 700;
    expect(gridColumns(0, wide)).toBe(1);
    expect(gridColumns(1, wide)).toBe(1);
    expect(gridColumns(6, wide)).toBe(3);
    const forty = gridColumns(40, wide);
    expect(forty).toBeGreaterThanOrEqual(7);
    expect(forty).toBeLessThanOrEqual(10);
    // A tall area takes fewer columns than a wide one.
    expect(gridColumns(12, 0.8)).toBeLessThan(gridColumns(12, 3));
  });
});

describe('rotation', () => {
  it('parses ?rotate= as bounded whole seconds', () => {
    expect(parseRotateSeconds(null)).toBeNull();
    expect(parseRotateSeconds('')).toBeNull();
    expect(parseRotateSeconds('abc')).toBeNull();
    expect(parseRotateSeconds('0')).toBeNull();
    expect(parseRotateSeconds('-3')).toBeNull();
    expect(parseRotateSeconds('20')).toBe(20);
    expect(parseRotateSeconds('2')).toBe(5);
    expect(parseRotateSeconds('99999')).toBe(600);
    expect(parseRotateSeconds('12.6')).toBe(13);
  });

  it('skips groups with nothing to show, unless nobody has anything yet', () => {
    const groups = [
      { groupId: 'g1', hasContent: false },
      { groupId: 'g2', hasContent: true },
      { groupId: 'g3', hasContent: true },
    ];
    expect(rotationOrder(groups)).toEqual(['g2', 'g3']);
    expect(rotationOrder(groups.map((g) => ({ ...g, hasContent: false })))).toEqual(['g1', 'g2', 'g3']);
    expect(rotationOrder([])).toEqual([]);
  });

  it('cycles through the order step by step', () => {
    const order = ['g1', 'g2', 'g3'];
    expect([0, 1, 2, 3, 4].map((step) => rotationAt(order, step))).toEqual(['g1', 'g2', 'g3', 'g1', 'g2']);
    expect(rotationAt(order, -1)).toBe('g3');
    expect(rotationAt([], 3)).toBeNull();
  });
});

describe('resultBars', () => {
  const groups = [
    { groupId: 'g1' as GroupId, name: 'Groep 1' },
    { groupId: 'g2' as GroupId, name: 'Groep 2' },
  ];
  const tally = (groupId: string, solutionId: string, votes: number): VoteTally => ({
    groupId: groupId as GroupId,
    solutionId,
    votes,
  });

  it('sorts by votes, shares ranks on ties, scales bars to the most votes', () => {
    const titles = new Map([
      ['g1/sa', 'Scribes'],
      ['g2/sb', '  Intervisie  '],
    ]);
    const bars = resultBars(
      [tally('g2', 'sc', 2), tally('g1', 'sa', 4), tally('g2', 'sb', 2), tally('g1', 'sz', 0)],
      groups,
      titles,
    );
    expect(bars.map((b) => [b.key, b.rank, b.share])).toEqual([
      ['g1/sa', 1, 1],
      ['g2/sb', 2, 0.5],
      ['g2/sc', 2, 0.5],
    ]);
    expect(bars[0]).toMatchObject({ groupName: 'Groep 1', title: 'Scribes', votes: 4 });
    expect(bars[1]!.title).toBe('Intervisie');
    // No title anywhere: empty, the UI says "untitled".
    expect(bars[2]!.title).toBe('');
  });

  it('falls back to the ballot for titles and the id for unknown groups; limits the list', () => {
    const bars = resultBars([tally('g9', 'sx', 3), tally('g2', 'sb', 1)], groups, new Map(), [
      { groupId: 'g2' as GroupId, groupName: 'Groep 2', solutionId: 'sb', title: 'Van het stembiljet' },
    ]);
    expect(bars.map((b) => b.groupName)).toEqual(['g9', 'Groep 2']);
    expect(bars[1]!.title).toBe('Van het stembiljet');
    expect(resultBars([tally('g1', 'a', 3), tally('g1', 'b', 2)], groups, new Map(), [], 1)).toHaveLength(1);
    expect(resultBars([], groups, new Map())).toEqual([]);
  });

  it('takes titles from the groups’ docs', () => {
    const doc = groupDoc();
    const titles = solutionTitles([{ groupId: 'g1', solutions: projectSolutions(doc) }]);
    expect(titles.get('g1/sfirst0001')).toBe('Scribes op de poli');
    expect(titles.get('g1/ssecond001')).toBe('');
  });
});

describe('agenda and timer', () => {
  it('tells each phase where it stands', () => {
    const running = startTimer('p2', 10 * minute, 1_000);
    expect(phaseStatus('p2', running)).toBe('running');
    expect(phaseStatus('p1', running)).toBe('idle');
    expect(phaseStatus('p2', pauseTimer(running, 2_000))).toBe('paused');
    expect(phaseStatus('p2', endTimer(running))).toBe('ended');
    expect(phaseStatus('p1', idleTimer)).toBe('idle');
  });

  it('knows when time is up', () => {
    const running = startTimer('p2', minute, 0);
    expect(timeIsUp(running, 5_000)).toBe(false);
    expect(timeIsUp(running, 0)).toBe(true);
    expect(timeIsUp(pauseTimer(running, 10), 0)).toBe(false);
    expect(timeIsUp(endTimer(running), 0)).toBe(true);
    expect(timeIsUp(idleTimer, 0)).toBe(false);
  });

  it('suggests the phase after the current one, or the first', () => {
    const agenda = defaultAgenda();
    expect(nextPhaseId(agenda, idleTimer)).toBe('p1');
    expect(nextPhaseId(agenda, startTimer('p3', minute, 0))).toBe('p4');
    expect(nextPhaseId(agenda, endTimer(startTimer('p3', minute, 0)))).toBe('p4');
    expect(nextPhaseId(agenda, startTimer('p9', minute, 0))).toBeNull();
    expect(nextPhaseId(agenda, startTimer('gone', minute, 0))).toBe('p1');
    expect(nextPhaseId([], idleTimer)).toBeNull();
  });

  it('groups phases by day in agenda order', () => {
    const byDay = phasesByDay(defaultAgenda());
    expect(byDay.map((d) => [d.day, d.phases.length])).toEqual([
      [1, 5],
      [2, 4],
    ]);
    expect(phasesByDay(defaultAgenda().filter((p) => p.day === 2)).map((d) => d.day)).toEqual([2]);
  });

  it('mints phase ids the server accepts and blank phases the editor must fill in', () => {
    const agenda = defaultAgenda();
    expect(newPhaseId(agenda)).toBe('p10');
    expect(newPhaseId([{ ...agenda[0]!, id: 'p2' }])).toBe('p3');
    const blank = blankPhase(agenda);
    expect(blank).toMatchObject({ id: 'p10', day: 2, durationMs: 30 * minute });
    expect(agendaProblem([...agenda, blank])).toBe('title');
    const filled = { ...blank, title: { nl: 'Borrel', en: 'Drinks' } };
    expect(agendaProblem([...agenda, filled])).toBeNull();
    expect('agenda' in parseAgenda([...agenda, filled])).toBe(true);
  });

  it('finds what the server would refuse', () => {
    const agenda = defaultAgenda();
    expect(agendaProblem([])).toBe('empty');
    expect(agendaProblem([{ ...agenda[0]!, durationMs: 0 }])).toBe('duration');
    expect(agendaProblem([{ ...agenda[0]!, durationMs: 9 * 60 * minute }])).toBe('duration');
    expect(agendaProblem([agenda[0]!, agenda[0]!])).toBe('duplicate');
    expect(agendaProblem(Array.from({ length: 31 }, (_, i) => ({ ...agenda[0]!, id: `p${i}` })))).toBe(
      'tooMany',
    );
  });

  it('moves phases within bounds and copies deeply', () => {
    expect(movePhase(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(movePhase(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
    const same = ['a', 'b'];
    expect(movePhase(same, 0, -1)).toBe(same);
    expect(movePhase(same, 1, 1)).toBe(same);
    const agenda = defaultAgenda();
    const copy = copyAgenda(agenda);
    copy[0]!.title.en = 'Changed';
    copy[0]!.editable.analysis = true;
    expect(agenda[0]!.title.en).toBe('Introduction');
    expect(agenda[0]!.editable.analysis).toBe(false);
    expect(durationMinutes(90 * minute)).toBe(90);
  });
});

describe('screen tokens', () => {
  it('gives the wall and the console their own token slot', () => {
    expect(screenOfPath('/wall')).toBe('wall');
    expect(screenOfPath('/facilitator')).toBe('facilitator');
    expect(screenOfPath('/board')).toBeNull();
  });
});

describe('facilitation messages', () => {
  it('has both languages for every key, all registered in the catalog', () => {
    for (const [key, message] of Object.entries(facilitationMessages)) {
      expect(key).toMatch(/^(wall|console)\./);
      expect(message.en.trim(), key).not.toBe('');
      expect(message.nl.trim(), key).not.toBe('');
      expect(catalog[key as keyof typeof catalog]).toBe(message);
      // Placeholders match between the languages.
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(message.nl), key).toEqual(names(message.en));
    }
  });

  it('speaks natural Dutch on the wall', () => {
    expect(facilitationMessages['wall.timeUp'].nl).toBe('Tijd is om');
    expect(facilitationMessages['wall.paused'].nl).toBe('Gepauzeerd');
    expect(facilitationMessages['wall.announcement'].nl).toBe('Aankondiging');
    expect(facilitationMessages['wall.inSpotlight'].nl).toBe('In de spotlight');
    expect(facilitationMessages['wall.title'].nl).toBe('Projectiescherm');
  });
});
