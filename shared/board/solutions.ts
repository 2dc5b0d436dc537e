import * as Y from 'yjs';
import { limits } from '../protocol/limits.ts';
import { isOrderKey, keyBetween } from './order.ts';
import { localUserOrigin, type LocalOrigin } from './origins.ts';
import { docKeys, isTagId, setMembers } from './layout.ts';
import { setMember } from './commands.ts';
import { costPeriods, type CostPeriod, type CostRow } from './costs.ts';

/**
 * Solution canvases in a group document:
 *
 *   solutions: Y.Map<solutionId, Y.Map>
 *     title, what, how, risks: Y.Text           (co-edited character by character)
 *     templateId:    string                     (which template's prompts it shows)
 *     order:         string                     (fractional key)
 *     createdAt:     number
 *     careerPhases, levels, actors, evidence:   Y.Map<id, true>   (sets)
 *     stressorCards: Y.Map<cardId, true>        (links to the group's analysis cards)
 *     stressorCodes: Y.Map<nodeId, true>        (links to taxonomy factors/themes)
 *     domain:        string | null
 *     costs:         Y.Map<rowId, Y.Map { item: string, quantity: number|null,
 *                                          unitCost: number|null, order: string }>
 *     costPeople:    number | null              (how many people the costs serve)
 *     costPeriod:    'year' | 'once'
 *     status:        'idea' | 'pilot' | 'implemented'
 */
export const solutionTextFields = ['title', 'what', 'how', 'risks'] as const;
export type SolutionTextField = (typeof solutionTextFields)[number];
export const solutionSetFields = [
  'careerPhases',
  'levels',
  'actors',
  'evidence',
  'stressorCards',
  'stressorCodes',
] as const;
export type SolutionSetField = (typeof solutionSetFields)[number];
export const solutionStatuses = ['idea', 'pilot', 'implemented'] as const;
export type SolutionStatus = (typeof solutionStatuses)[number];

export const maxCostItemChars = 200;
export const maxCostValue = 1e12;
export const solutionIdPattern = /^s[0-9a-z]{8,24}$/;
export const rowIdPattern = /^r[0-9a-z]{8,24}$/;

export interface SolutionView {
  id: string;
  templateId: string;
  order: string;
  createdAt: number;
  title: string;
  what: string;
  how: string;
  risks: string;
  careerPhases: string[];
  levels: string[];
  actors: string[];
  evidence: string[];
  stressorCards: string[];
  stressorCodes: string[];
  domain: string | null;
  costs: (CostRow & { order: string })[];
  costPeople: number | null;
  costPeriod: CostPeriod;
  status: SolutionStatus;
}

export function solutionsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(docKeys.solutions);
}

function finiteOrNull(value: unknown, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max ? value : null;
}

function projectCosts(value: unknown): (CostRow & { order: string })[] {
  if (!(value instanceof Y.Map)) return [];
  const rows: (CostRow & { order: string })[] = [];
  value.forEach((row, id) => {
    if (!rowIdPattern.test(id) || !(row instanceof Y.Map)) return;
    const order: unknown = row.get('order');
    const item: unknown = row.get('item');
    if (!isOrderKey(order)) return;
    rows.push({
      id,
      order,
      item: typeof item === 'string' ? item.slice(0, maxCostItemChars) : '',
      quantity: finiteOrNull(row.get('quantity'), maxCostValue),
      unitCost: finiteOrNull(row.get('unitCost'), maxCostValue),
    });
  });
  return rows.sort((a, b) => (a.order === b.order ? (a.id < b.id ? -1 : 1) : a.order < b.order ? -1 : 1));
}

export function projectSolution(id: string, value: unknown): SolutionView | null {
  if (!solutionIdPattern.test(id) || !(value instanceof Y.Map)) return null;
  const texts = {} as Record<SolutionTextField, string>;
  for (const field of solutionTextFields) {
    const text: unknown = value.get(field);
    if (!(text instanceof Y.Text)) return null;
    texts[field] = text.toString().slice(0, limits.maxSolutionTextChars);
  }
  const order: unknown = value.get('order');
  const createdAt: unknown = value.get('createdAt');
  const templateId: unknown = value.get('templateId');
  const domain: unknown = value.get('domain');
  const status: unknown = value.get('status');
  const period: unknown = value.get('costPeriod');
  if (!isOrderKey(order) || typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null;
  return {
    id,
    templateId: typeof templateId === 'string' && isTagId(templateId) ? templateId : 'blank',
    order,
    createdAt,
    ...texts,
    careerPhases: setMembers(value.get('careerPhases')),
    levels: setMembers(value.get('levels')),
    actors: setMembers(value.get('actors')),
    evidence: setMembers(value.get('evidence')),
    stressorCards: setMembers(value.get('stressorCards')),
    stressorCodes: setMembers(value.get('stressorCodes')),
    domain: isTagId(domain) ? domain : null,
    costs: projectCosts(value.get('costs')),
    costPeople: finiteOrNull(value.get('costPeople'), limits.maxPeoplePerSolution),
    costPeriod: (costPeriods as readonly unknown[]).includes(period) ? (period as CostPeriod) : 'year',
    status: (solutionStatuses as readonly unknown[]).includes(status) ? (status as SolutionStatus) : 'idea',
  };
}

export function projectSolutions(doc: Y.Doc): SolutionView[] {
  const solutions: SolutionView[] = [];
  solutionsMap(doc).forEach((value, id) => {
    const solution = projectSolution(id, value);
    if (solution) solutions.push(solution);
  });
  return solutions.sort((a, b) =>
    a.order === b.order ? (a.id < b.id ? -1 : 1) : a.order < b.order ? -1 : 1,
  );
}

const idChars = '0123456789abcdefghijklmnopqrstuvwxyz';
function randomId(prefix: string, random: () => number): string {
  let id = prefix;
  for (let i = 0; i < 12; i++) id += idChars[Math.floor(random() * idChars.length)];
  return id;
}

export function newSolutionId(random: () => number = Math.random): string {
  return randomId('s', random);
}

/**
 * A new canvas. A template contributes structure only — the names of its cost items — and
 * its prompts (shown as placeholders by templateId); never answers.
 */
export function createSolution(
  doc: Y.Doc,
  input: { id: string; templateId: string; createdAt: number; costItems?: string[] },
  origin: LocalOrigin = localUserOrigin,
  random: () => number = Math.random,
): void {
  const last = projectSolutions(doc).at(-1)?.order ?? null;
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    for (const field of solutionTextFields) map.set(field, new Y.Text());
    for (const field of solutionSetFields) map.set(field, new Y.Map<boolean>());
    map.set('templateId', input.templateId);
    map.set('order', keyBetween(last, null));
    map.set('createdAt', input.createdAt);
    map.set('domain', null);
    map.set('status', 'idea');
    map.set('costPeople', null);
    map.set('costPeriod', 'year');
    const costs = new Y.Map<Y.Map<unknown>>();
    let previous: string | null = null;
    for (const item of input.costItems ?? []) {
      previous = keyBetween(previous, null);
      costs.set(randomId('r', random), costRowMap(item, previous));
    }
    map.set('costs', costs);
    solutionsMap(doc).set(input.id, map);
  }, origin);
}

function costRowMap(item: string, order: string): Y.Map<unknown> {
  const row = new Y.Map<unknown>();
  row.set('item', item.slice(0, maxCostItemChars));
  row.set('quantity', null);
  row.set('unitCost', null);
  row.set('order', order);
  return row;
}

export function solutionText(doc: Y.Doc, solutionId: string, field: SolutionTextField): Y.Text | null {
  const text: unknown = solutionsMap(doc).get(solutionId)?.get(field);
  return text instanceof Y.Text ? text : null;
}

export function toggleSolutionSetMember(
  doc: Y.Doc,
  solutionId: string,
  field: SolutionSetField,
  member: string,
  present: boolean,
  origin: LocalOrigin = localUserOrigin,
): void {
  const solution = solutionsMap(doc).get(solutionId);
  if (!solution || !isTagId(member)) return;
  doc.transact(() => setMember(solution, field, member, present), origin);
}

export function setSolutionDomain(
  doc: Y.Doc,
  solutionId: string,
  domain: string | null,
  origin: LocalOrigin = localUserOrigin,
): void {
  const solution = solutionsMap(doc).get(solutionId);
  if (!solution || (domain !== null && !isTagId(domain))) return;
  doc.transact(() => solution.set('domain', domain), origin);
}

export function setSolutionStatus(
  doc: Y.Doc,
  solutionId: string,
  status: SolutionStatus,
  origin: LocalOrigin = localUserOrigin,
): void {
  const solution = solutionsMap(doc).get(solutionId);
  if (!solution) return;
  doc.transact(() => solution.set('status', status), origin);
}

export function setCostPeople(
  doc: Y.Doc,
  solutionId: string,
  people: number | null,
  origin: LocalOrigin = localUserOrigin,
): void {
  const solution = solutionsMap(doc).get(solutionId);
  if (!solution) return;
  const value =
    people !== null && Number.isFinite(people) && people > 0
      ? Math.min(people, limits.maxPeoplePerSolution)
      : null;
  doc.transact(() => solution.set('costPeople', value), origin);
}

export function setCostPeriod(
  doc: Y.Doc,
  solutionId: string,
  period: CostPeriod,
  origin: LocalOrigin = localUserOrigin,
): void {
  const solution = solutionsMap(doc).get(solutionId);
  if (!solution) return;
  doc.transact(() => solution.set('costPeriod', period), origin);
}

function costsOf(doc: Y.Doc, solutionId: string): Y.Map<Y.Map<unknown>> | null {
  const costs: unknown = solutionsMap(doc).get(solutionId)?.get('costs');
  return costs instanceof Y.Map ? (costs as Y.Map<Y.Map<unknown>>) : null;
}

export function addCostRow(
  doc: Y.Doc,
  solutionId: string,
  item: string,
  origin: LocalOrigin = localUserOrigin,
  random: () => number = Math.random,
): string | null {
  const costs = costsOf(doc, solutionId);
  const solution = solutionsMap(doc).get(solutionId);
  if (!costs || !solution) return null;
  const rows = projectCosts(costs);
  const id = randomId('r', random);
  doc.transact(() => costs.set(id, costRowMap(item, keyBetween(rows.at(-1)?.order ?? null, null))), origin);
  return id;
}

export function updateCostRow(
  doc: Y.Doc,
  solutionId: string,
  rowId: string,
  change: { item?: string; quantity?: number | null; unitCost?: number | null },
  origin: LocalOrigin = localUserOrigin,
): void {
  const row = costsOf(doc, solutionId)?.get(rowId);
  if (!row) return;
  const clean = (value: number | null): number | null =>
    value !== null && Number.isFinite(value) && value >= 0 && value <= maxCostValue ? value : null;
  doc.transact(() => {
    if (change.item !== undefined) row.set('item', change.item.slice(0, maxCostItemChars));
    if (change.quantity !== undefined) row.set('quantity', clean(change.quantity));
    if (change.unitCost !== undefined) row.set('unitCost', clean(change.unitCost));
  }, origin);
}

export function deleteCostRow(
  doc: Y.Doc,
  solutionId: string,
  rowId: string,
  origin: LocalOrigin = localUserOrigin,
): void {
  const costs = costsOf(doc, solutionId);
  if (!costs) return;
  doc.transact(() => costs.delete(rowId), origin);
}

export function deleteSolution(doc: Y.Doc, solutionId: string, origin: LocalOrigin = localUserOrigin): void {
  doc.transact(() => solutionsMap(doc).delete(solutionId), origin);
}
