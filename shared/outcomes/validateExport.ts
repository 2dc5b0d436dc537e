import { cardIdPattern, isPolarity, isTagId } from '../board/layout.ts';
import { isOrderKey } from '../board/order.ts';
import { solutionIdPattern, solutionStatuses, type SolutionView } from '../board/solutions.ts';
import { costPeriods } from '../board/costs.ts';
import { parseAgenda } from '../control/agenda.ts';
import { maxCommentChars } from '../control/state.ts';
import { isGroupId } from '../protocol/ids.ts';
import { limits } from '../protocol/limits.ts';
import { isAxisId, isNodeId, maxBriefChars } from '../taxonomy/layout.ts';
import { knownSourceFlags } from '../domain/sourceFlags.ts';
import { maxCostItemChars, maxCostValue, rowIdPattern } from '../board/solutions.ts';
import { maxDefinitionChars, maxLabelChars } from '../taxonomy/projection.ts';
import {
  exportFormat,
  exportSchemaVersion,
  type EventExport,
  type ExportCard,
  type ExportComment,
  type ExportGroup,
  type ExportNode,
  type ExportParticipant,
  type ExportVote,
} from './eventExport.ts';

/**
 * Checks an uploaded JSON export field by field and rebuilds it from fresh objects (so a
 * `__proto__` key never reaches a prototype). Every problem is reported with its path,
 * e.g. `groups[2].cards[5].text`, so the organizer can see what is wrong with the file.
 */
export type ValidationResult = { ok: true; data: EventExport } | { ok: false; errors: string[] };

const maxErrors = 20;
const maxNodes = 5_000;
const maxCardsPerGroup = 20_000;
const maxSolutionsPerGroup = 500;
const maxParticipants = 5_000;
const maxVotes = 100_000;
const maxComments = 5_000;
const participantKeyPattern = /^p[1-9][0-9]{0,5}$/;
const commentIdPattern = /^k[0-9a-f]{16}$/;

class Problems {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    if (this.list.length < maxErrors) this.list.push(`${path} ${message}`);
  }
}

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateEventExport(input: unknown): ValidationResult {
  const problems = new Problems();
  if (!isRecord(input)) return { ok: false, errors: ['the file is not a JSON object'] };
  if (input.format !== exportFormat) {
    return { ok: false, errors: [`"format" must be "${exportFormat}": this is not a Vonk event export`] };
  }
  if (input.schemaVersion !== exportSchemaVersion) {
    const given = typeof input.schemaVersion === 'number' ? input.schemaVersion : String(input.schemaVersion);
    return {
      ok: false,
      errors: [
        typeof input.schemaVersion === 'number' && input.schemaVersion > exportSchemaVersion
          ? `schemaVersion ${given} is newer than this server understands (${exportSchemaVersion}); update Vonk`
          : `schemaVersion ${given} is not supported (this server reads ${exportSchemaVersion})`,
      ],
    };
  }
  const p = new Reader(problems);
  const event = p.record(input.event, 'event');
  const taxonomy = p.record(input.taxonomy, 'taxonomy');
  const nodes = p
    .array(taxonomy.nodes, 'taxonomy.nodes', maxNodes)
    .map((raw, i) => readNode(p, raw, `taxonomy.nodes[${i}]`));
  const nodeIds = new Set(nodes.map((node) => node.id));
  if (nodeIds.size !== nodes.length) problems.add('taxonomy.nodes', 'has the same id twice');
  const agendaResult = parseAgenda(input.agenda);
  if ('error' in agendaResult) problems.add('agenda', `is not valid: ${agendaResult.error}`);

  const groups = p
    .array(input.groups, 'groups', limits.maxGroupsPerEvent)
    .map((raw, i) => readGroup(p, raw, `groups[${i}]`));
  if (groups.length === 0) problems.add('groups', 'must hold at least one group');
  const groupIds = new Set(groups.map((group) => group.groupId));
  if (groupIds.size !== groups.length) problems.add('groups', 'has the same groupId twice');

  const participants = p
    .array(input.participants, 'participants', maxParticipants)
    .map((raw, i) => readParticipant(p, raw, `participants[${i}]`, groupIds));
  const keys = new Set(participants.map((participant) => participant.key));
  if (keys.size !== participants.length) problems.add('participants', 'has the same key twice');
  groups.forEach((group, g) =>
    group.cards.forEach((card, c) => {
      if (card.author !== null && !keys.has(card.author))
        problems.add(`groups[${g}].cards[${c}].author`, 'is not a participant key');
    }),
  );
  const solutionKeys = new Set(
    groups.flatMap((group) => group.solutions.map((s) => `${group.groupId}/${s.id}`)),
  );
  const votes = p.array(input.votes, 'votes', maxVotes).map((raw, i) => {
    const path = `votes[${i}]`;
    const vote = p.record(raw, path);
    const result: ExportVote = {
      participant: p.match(vote.participant, `${path}.participant`, participantKeyPattern),
      groupId: p.string(vote.groupId, `${path}.groupId`, 20),
      solutionId: p.match(vote.solutionId, `${path}.solutionId`, solutionIdPattern),
      dots: p.integer(vote.dots, `${path}.dots`, 1, 1_000),
    };
    if (!keys.has(result.participant)) problems.add(`${path}.participant`, 'is not a participant key');
    if (!solutionKeys.has(`${result.groupId}/${result.solutionId}`))
      problems.add(path, 'is for a solution that is not in the file');
    return result;
  });
  const comments = p.array(input.comments, 'comments', maxComments).map((raw, i): ExportComment => {
    const path = `comments[${i}]`;
    const comment = p.record(raw, path);
    const groupId = p.string(comment.groupId, `${path}.groupId`, 20);
    if (!groupIds.has(groupId)) problems.add(`${path}.groupId`, 'is not a group in the file');
    return {
      id: p.match(comment.id, `${path}.id`, commentIdPattern),
      groupId,
      targetId: comment.targetId === null ? null : p.tag(comment.targetId, `${path}.targetId`),
      authorRole: p.string(comment.authorRole, `${path}.authorRole`, 40),
      authorName: p.nullableString(comment.authorName, `${path}.authorName`, limits.maxDisplayNameChars),
      text: p.string(comment.text, `${path}.text`, maxCommentChars),
      atMs: p.time(comment.atMs, `${path}.atMs`),
    };
  });

  const data: EventExport = {
    format: exportFormat,
    schemaVersion: exportSchemaVersion,
    exportedAtMs: p.time(input.exportedAtMs, 'exportedAtMs'),
    anonymous: p.boolean(input.anonymous, 'anonymous'),
    groupId: input.groupId === null ? null : p.string(input.groupId, 'groupId', 20),
    event: {
      eventId: p.string(event.eventId, 'event.eventId', 40),
      title: p.text(event.title, 'event.title', limits.maxEventTitleChars),
      createdAtMs: p.time(event.createdAtMs, 'event.createdAtMs'),
      closedAtMs: event.closedAtMs === null ? null : p.time(event.closedAtMs, 'event.closedAtMs'),
      brief: p.string(event.brief, 'event.brief', maxBriefChars),
    },
    taxonomy: {
      presetId: taxonomy.presetId === null ? null : p.string(taxonomy.presetId, 'taxonomy.presetId', 40),
      nodes,
    },
    agenda: 'agenda' in agendaResult ? agendaResult.agenda : [],
    participants,
    groups,
    votes,
    comments,
  };
  return problems.list.length > 0 ? { ok: false, errors: problems.list } : { ok: true, data };
}

/** Typed reads that record a problem and return a harmless value, so checking goes on. */
class Reader {
  readonly #problems: Problems;
  constructor(problems: Problems) {
    this.#problems = problems;
  }
  fail(path: string, message: string): void {
    this.#problems.add(path, message);
  }
  record(value: unknown, path: string): Raw {
    if (isRecord(value)) return value;
    this.#problems.add(path, 'must be an object');
    return {};
  }
  array(value: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(value)) {
      this.#problems.add(path, 'must be a list');
      return [];
    }
    if (value.length > max) {
      this.#problems.add(path, `has more than ${max} entries`);
      return [];
    }
    return value;
  }
  string(value: unknown, path: string, max: number): string {
    if (typeof value === 'string' && value.length <= max) return value;
    this.#problems.add(path, `must be text of at most ${max} characters`);
    return '';
  }
  text(value: unknown, path: string, max: number): string {
    const text = this.string(value, path, max);
    if (text.trim() === '' && typeof value === 'string') this.#problems.add(path, 'must not be empty');
    return text;
  }
  nullableString(value: unknown, path: string, max: number): string | null {
    return value === null ? null : this.string(value, path, max);
  }
  match(value: unknown, path: string, pattern: RegExp): string {
    if (typeof value === 'string' && pattern.test(value)) return value;
    this.#problems.add(path, `is not a valid id`);
    return '';
  }
  tag(value: unknown, path: string): string {
    if (isTagId(value)) return value;
    this.#problems.add(path, 'is not a valid id');
    return '';
  }
  nullableTag(value: unknown, path: string): string | null {
    return value === null ? null : this.tag(value, path);
  }
  tags(value: unknown, path: string): string[] {
    return [
      ...new Set(this.array(value, path, 1_000).map((item, i) => this.tag(item, `${path}[${i}]`))),
    ].sort();
  }
  boolean(value: unknown, path: string): boolean {
    if (typeof value === 'boolean') return value;
    this.#problems.add(path, 'must be true or false');
    return false;
  }
  integer(value: unknown, path: string, min: number, max: number): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    this.#problems.add(path, `must be a whole number from ${min} to ${max}`);
    return min;
  }
  time(value: unknown, path: string): number {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e14) return value;
    this.#problems.add(path, 'must be a time in milliseconds');
    return 0;
  }
  amount(value: unknown, path: string, max: number): number | null {
    if (value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max) return value;
    this.#problems.add(path, `must be empty or a number from 0 to ${max}`);
    return null;
  }
  order(value: unknown, path: string): string {
    if (isOrderKey(value)) return value;
    this.#problems.add(path, 'is not a valid order key');
    return 'a0';
  }
  oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
    if ((options as readonly unknown[]).includes(value)) return value as T;
    this.#problems.add(path, `must be one of: ${options.join(', ')}`);
    return options[0]!;
  }
}

function readNode(p: Reader, raw: unknown, path: string): ExportNode {
  const node = p.record(raw, path);
  const label = p.record(node.label, `${path}.label`);
  const definition = p.record(node.definition, `${path}.definition`);
  const id = isNodeId(node.id) ? node.id : (p.fail(`${path}.id`, 'is not a valid id'), '');
  if (!isAxisId(node.axis)) p.fail(`${path}.axis`, 'is not a taxonomy axis');
  const flags = p.array(node.flags, `${path}.flags`, 10);
  return {
    id,
    axis: isAxisId(node.axis) ? node.axis : 'context',
    parentId:
      node.parentId === null
        ? null
        : isNodeId(node.parentId)
          ? node.parentId
          : (p.fail(`${path}.parentId`, 'is not a valid id'), null),
    order: p.order(node.order, `${path}.order`),
    label: {
      nl: p.text(label.nl, `${path}.label.nl`, maxLabelChars),
      en: p.text(label.en, `${path}.label.en`, maxLabelChars),
    },
    definition: {
      nl: p.string(definition.nl, `${path}.definition.nl`, maxDefinitionChars),
      en: p.string(definition.en, `${path}.definition.en`, maxDefinitionChars),
    },
    count: node.count === null ? null : p.integer(node.count, `${path}.count`, 0, 1_000_000),
    countNote: p.nullableString(node.countNote, `${path}.countNote`, maxDefinitionChars),
    flags: knownSourceFlags(flags),
    source: p.nullableString(node.source, `${path}.source`, maxLabelChars),
    context: p.nullableString(node.context, `${path}.context`, 40),
    need: p.nullableString(node.need, `${path}.need`, 40),
    custom: p.boolean(node.custom, `${path}.custom`),
    extension: p.boolean(node.extension, `${path}.extension`),
  };
}

function readGroup(p: Reader, raw: unknown, path: string): ExportGroup {
  const group = p.record(raw, path);
  const groupId = isGroupId(group.groupId)
    ? group.groupId
    : (p.fail(`${path}.groupId`, 'is not a valid group id'), '');
  const cards = p
    .array(group.cards, `${path}.cards`, maxCardsPerGroup)
    .map((raw, i) => readCard(p, raw, `${path}.cards[${i}]`));
  const cardIds = new Set(cards.map((card) => card.id));
  const solutions = p
    .array(group.solutions, `${path}.solutions`, maxSolutionsPerGroup)
    .map((raw, i) => readSolution(p, raw, `${path}.solutions[${i}]`, cardIds));
  return { groupId, name: p.text(group.name, `${path}.name`, limits.maxGroupNameChars), cards, solutions };
}

function readCard(p: Reader, raw: unknown, path: string): ExportCard {
  const card = p.record(raw, path);
  const tags = p.record(card.tags, `${path}.tags`);
  if (!isPolarity(card.polarity)) p.fail(`${path}.polarity`, 'must be stressor or energy');
  return {
    id: p.match(card.id, `${path}.id`, cardIdPattern),
    polarity: isPolarity(card.polarity) ? card.polarity : 'stressor',
    text: p.string(card.text, `${path}.text`, limits.maxCardTextChars),
    order: p.order(card.order, `${path}.order`),
    createdAt: p.time(card.createdAt, `${path}.createdAt`),
    author: card.author === null ? null : p.match(card.author, `${path}.author`, participantKeyPattern),
    authorName: p.nullableString(card.authorName, `${path}.authorName`, limits.maxDisplayNameChars),
    tags: {
      code: p.nullableTag(tags.code, `${path}.tags.code`),
      context: p.nullableTag(tags.context, `${path}.tags.context`),
      need: p.nullableTag(tags.need, `${path}.tags.need`),
      phases: p.tags(tags.phases, `${path}.tags.phases`),
      evidence: p.tags(tags.evidence, `${path}.tags.evidence`),
    },
  };
}

function readSolution(p: Reader, raw: unknown, path: string, cardIds: Set<string>): SolutionView {
  const solution = p.record(raw, path);
  const stressorCards = p.tags(solution.stressorCards, `${path}.stressorCards`);
  stressorCards.forEach((id) => {
    if (!cardIds.has(id)) p.fail(`${path}.stressorCards`, `names ${id}, which is not a card of this group`);
  });
  return {
    id: p.match(solution.id, `${path}.id`, solutionIdPattern),
    templateId: p.tag(solution.templateId, `${path}.templateId`),
    order: p.order(solution.order, `${path}.order`),
    createdAt: p.time(solution.createdAt, `${path}.createdAt`),
    title: p.string(solution.title, `${path}.title`, limits.maxSolutionTextChars),
    what: p.string(solution.what, `${path}.what`, limits.maxSolutionTextChars),
    how: p.string(solution.how, `${path}.how`, limits.maxSolutionTextChars),
    risks: p.string(solution.risks, `${path}.risks`, limits.maxSolutionTextChars),
    careerPhases: p.tags(solution.careerPhases, `${path}.careerPhases`),
    levels: p.tags(solution.levels, `${path}.levels`),
    actors: p.tags(solution.actors, `${path}.actors`),
    evidence: p.tags(solution.evidence, `${path}.evidence`),
    stressorCards,
    stressorCodes: p.tags(solution.stressorCodes, `${path}.stressorCodes`),
    domain: p.nullableTag(solution.domain, `${path}.domain`),
    costs: p.array(solution.costs, `${path}.costs`, 200).map((raw, i) => {
      const rowPath = `${path}.costs[${i}]`;
      const row = p.record(raw, rowPath);
      return {
        id: p.match(row.id, `${rowPath}.id`, rowIdPattern),
        order: p.order(row.order, `${rowPath}.order`),
        item: p.string(row.item, `${rowPath}.item`, maxCostItemChars),
        quantity: p.amount(row.quantity, `${rowPath}.quantity`, maxCostValue),
        unitCost: p.amount(row.unitCost, `${rowPath}.unitCost`, maxCostValue),
      };
    }),
    costPeople: p.amount(solution.costPeople, `${path}.costPeople`, limits.maxPeoplePerSolution),
    costPeriod: p.oneOf(solution.costPeriod, `${path}.costPeriod`, costPeriods),
    status: p.oneOf(solution.status, `${path}.status`, solutionStatuses),
  };
}

function readParticipant(p: Reader, raw: unknown, path: string, groupIds: Set<string>): ExportParticipant {
  const participant = p.record(raw, path);
  const groupId = p.string(participant.groupId, `${path}.groupId`, 20);
  if (!groupIds.has(groupId)) p.fail(`${path}.groupId`, 'is not a group in the file');
  return {
    key: p.match(participant.key, `${path}.key`, participantKeyPattern),
    name: p.nullableString(participant.name, `${path}.name`, limits.maxDisplayNameChars),
    groupId,
    joinedAtMs: p.time(participant.joinedAtMs, `${path}.joinedAtMs`),
  };
}
