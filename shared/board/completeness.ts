import type { SolutionFieldId } from '../domain/types.ts';
import { summarizeCosts } from './costs.ts';
import type { SolutionView } from './solutions.ts';

/**
 * What a solution canvas still lacks. Status always has a value (idea by default), so it
 * is not counted; every other field of the canvas is.
 */
export const completenessRules: { field: SolutionFieldId; filled: (solution: SolutionView) => boolean }[] = [
  { field: 'title', filled: (s) => s.title.trim().length > 0 },
  { field: 'careerPhases', filled: (s) => s.careerPhases.length > 0 },
  { field: 'stressors', filled: (s) => s.stressorCards.length + s.stressorCodes.length > 0 },
  { field: 'levels', filled: (s) => s.levels.length > 0 },
  { field: 'domain', filled: (s) => s.domain !== null },
  { field: 'actors', filled: (s) => s.actors.length > 0 },
  { field: 'what', filled: (s) => s.what.trim().length > 0 },
  { field: 'how', filled: (s) => s.how.trim().length > 0 },
  {
    field: 'costs',
    filled: (s) => {
      const summary = summarizeCosts(s.costs, s.costPeople);
      return s.costs.length > 0 && summary.incompleteRows === 0;
    },
  },
  { field: 'risks', filled: (s) => s.risks.trim().length > 0 },
  { field: 'evidence', filled: (s) => s.evidence.length > 0 },
];

export interface Completeness {
  filled: SolutionFieldId[];
  missing: SolutionFieldId[];
  /** 0–100, rounded down so 100 means truly complete. */
  percent: number;
}

export function solutionCompleteness(solution: SolutionView): Completeness {
  const filled: SolutionFieldId[] = [];
  const missing: SolutionFieldId[] = [];
  for (const rule of completenessRules) (rule.filled(solution) ? filled : missing).push(rule.field);
  return { filled, missing, percent: Math.floor((filled.length / completenessRules.length) * 100) };
}
