import { describe, expect, it } from 'vitest';
import { cardIdPattern } from '../../shared/board/layout.ts';
import { summarizeCosts } from '../../shared/board/costs.ts';
import { solutionIdPattern } from '../../shared/board/solutions.ts';
import { solutionTemplates } from '../../shared/domain/templates.ts';
import { evidenceCards } from '../../shared/domain/evidence.ts';
import { hackathonFixture } from '../../shared/outcomes/fixture/hackathon.ts';
import { computeSynthesis } from '../../shared/outcomes/synthesis.ts';
import { validateEventExport } from '../../shared/outcomes/validateExport.ts';
import { eventIdPattern, groupIdPattern } from '../../shared/protocol/ids.ts';
import type { AxisId } from '../../shared/taxonomy/layout.ts';

const data = hackathonFixture();
const axisOf = new Map(data.taxonomy.nodes.map((node) => [node.id, node.axis]));
const evidenceIds = new Set(evidenceCards.map((card) => card.id));

/** Every id with the axis it must be on, so a failure names the offending id. */
function misplaced(ids: (string | null)[], axis: AxisId): string[] {
  return ids.filter((id): id is string => id !== null && axisOf.get(id) !== axis);
}

describe('the hackathon fixture', () => {
  it('has the six groups of the thesis with 1, 5, 6, 5, 3 and 4 stressor cards', () => {
    expect(data.groups).toHaveLength(6);
    expect(data.groups.map((g) => g.cards.filter((c) => c.polarity === 'stressor').length)).toEqual([
      1, 5, 6, 5, 3, 4,
    ]);
    expect(data.groups[0]!.cards[0]!.text).toBe('Gebrek aan persoonlijke begeleiding');
    expect(data.groups.map((g) => g.solutions.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('tags cards only with nodes of the taxonomy, each on its own axis', () => {
    const cards = data.groups.flatMap((g) => g.cards);
    expect(
      misplaced(
        cards.filter((c) => c.polarity === 'stressor').map((c) => c.tags.code),
        'stressorCode',
      ),
    ).toEqual([]);
    expect(
      misplaced(
        cards.filter((c) => c.polarity === 'energy').map((c) => c.tags.code),
        'energyCode',
      ),
    ).toEqual([]);
    expect(
      misplaced(
        cards.map((c) => c.tags.context),
        'context',
      ),
    ).toEqual([]);
    expect(
      misplaced(
        cards.map((c) => c.tags.need),
        'need',
      ),
    ).toEqual([]);
    expect(
      misplaced(
        cards.flatMap((c) => c.tags.phases),
        'careerPhase',
      ),
    ).toEqual([]);
    expect(cards.every((c) => c.tags.code !== null && c.tags.phases.includes('careerPhase:anios'))).toBe(
      true,
    );
  });

  it('gives solutions only levels, actors, domains, phases and codes of the taxonomy', () => {
    const solutions = data.groups.flatMap((g) => g.solutions);
    expect(
      misplaced(
        solutions.flatMap((s) => s.levels),
        'level',
      ),
    ).toEqual([]);
    expect(
      misplaced(
        solutions.flatMap((s) => s.actors),
        'actor',
      ),
    ).toEqual([]);
    expect(
      misplaced(
        solutions.map((s) => s.domain),
        'domain',
      ),
    ).toEqual([]);
    expect(
      misplaced(
        solutions.flatMap((s) => s.careerPhases),
        'careerPhase',
      ),
    ).toEqual([]);
    expect(
      misplaced(
        solutions.flatMap((s) => s.stressorCodes),
        'stressorCode',
      ),
    ).toEqual([]);
    expect(solutions.every((s) => s.levels.length > 0 && s.actors.length > 0 && s.domain !== null)).toBe(
      true,
    );
  });

  it('starts each solution from its group’s template; group 1 costs €1,400 per anios per year', () => {
    const templates = data.groups.flatMap((g) => g.solutions.map((s) => s.templateId));
    expect(templates).toEqual([
      'coaching-every-anios',
      'traineeship',
      'work-hard-play-hard',
      'veilige-basisarts',
      'six-hour-working-day',
      'mandatory-traineeship-career-coach',
    ]);
    expect(templates.every((id) => solutionTemplates.some((t) => t.id === id))).toBe(true);
    const coaching = data.groups[0]!.solutions[0]!;
    expect(summarizeCosts(coaching.costs, coaching.costPeople).perPerson).toBe(1_400);
    expect(coaching.costPeriod).toBe('year');
  });

  it('links only evidence cards that exist', () => {
    const used = data.groups.flatMap((g) => [
      ...g.cards.flatMap((c) => c.tags.evidence),
      ...g.solutions.flatMap((s) => s.evidence),
    ]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !evidenceIds.has(id))).toEqual([]);
  });

  it('uses ids of the right shape, each once', () => {
    expect(data.event.eventId).toMatch(eventIdPattern);
    const groupIds = data.groups.map((g) => g.groupId);
    const cardIds = data.groups.flatMap((g) => g.cards.map((c) => c.id));
    const solutionIds = data.groups.flatMap((g) => g.solutions.map((s) => s.id));
    for (const id of groupIds) expect(id).toMatch(groupIdPattern);
    for (const id of cardIds) expect(id).toMatch(cardIdPattern);
    for (const id of solutionIds) expect(id).toMatch(solutionIdPattern);
    for (const ids of [groupIds, cardIds, solutionIds, data.comments.map((c) => c.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('links every solution to all stressor cards of its own group', () => {
    for (const group of data.groups) {
      const stressorIds = group.cards.filter((c) => c.polarity === 'stressor').map((c) => c.id);
      for (const solution of group.solutions) {
        expect(solution.stressorCards.every((id) => stressorIds.includes(id))).toBe(true);
        expect([...solution.stressorCards].sort()).toEqual([...stressorIds].sort());
      }
    }
  });

  it('has authors from the card’s own group, in join order', () => {
    const byKey = new Map(data.participants.map((p) => [p.key, p]));
    expect(data.participants.map((p) => p.key)).toEqual(data.participants.map((_, i) => `p${i + 1}`));
    const joined = data.participants.map((p) => p.joinedAtMs);
    expect(joined).toEqual([...joined].sort((a, b) => a - b));
    for (const group of data.groups) {
      const members = data.participants.filter((p) => p.groupId === group.groupId);
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.length).toBeLessThanOrEqual(4);
      for (const card of group.cards) {
        const author = byKey.get(card.author ?? '');
        expect(author?.groupId).toBe(group.groupId);
        expect(author?.name).toBe(card.authorName);
      }
      const created = group.cards.map((c) => c.createdAt);
      expect(created).toEqual([...created].sort((a, b) => a - b));
    }
  });

  it('has votes for existing solutions, at most 3 dots per participant', () => {
    const solutions = new Set(data.groups.flatMap((g) => g.solutions.map((s) => `${g.groupId}/${s.id}`)));
    const keys = new Set(data.participants.map((p) => p.key));
    const dots = new Map<string, number>();
    expect(data.votes.length).toBeGreaterThan(0);
    for (const vote of data.votes) {
      expect(solutions.has(`${vote.groupId}/${vote.solutionId}`)).toBe(true);
      expect(keys.has(vote.participant)).toBe(true);
      expect(vote.dots).toBeGreaterThanOrEqual(1);
      expect(vote.dots).toBeLessThanOrEqual(3);
      dots.set(vote.participant, (dots.get(vote.participant) ?? 0) + vote.dots);
    }
    expect(Math.max(...dots.values())).toBeLessThanOrEqual(3);
  });

  it('is deterministic', () => {
    expect(hackathonFixture()).toEqual(hackathonFixture());
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('passes the import validator unchanged', () => {
    const result = validateEventExport(JSON.parse(JSON.stringify(data)));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(result.data).toEqual(data);
  });

  it('puts group 4 in the national row of the synthesis, among 6 interventions', () => {
    const synthesis = computeSynthesis(data);
    expect(synthesis.interventions).toHaveLength(6);
    const group4 = data.groups[3]!;
    const national = synthesis.matrix
      .filter((cell) => cell.levelId === 'level:national')
      .flatMap((cell) => cell.solutions.map((s) => s.solutionId));
    expect(national).toContain(group4.solutions[0]!.id);
    expect(synthesis.totals).toMatchObject({ groups: 6, stressors: 24, solutions: 6 });
  });
});
