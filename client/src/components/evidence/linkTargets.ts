import type { CardView } from '../../../../shared/board/projection.ts';
import type { SolutionView } from '../../../../shared/board/solutions.ts';
import { linkTargetValue, truncate, type LinkTarget } from '../../lib/evidenceSearch.ts';
import { t } from '../../lib/i18n/i18n.svelte.ts';

/** How a link target is named in lists ("Card “…”", "Solution “…”") and its colour. */
export interface TargetInfo {
  name: string;
  tone: 'stressor' | 'energy' | 'solution';
}

export interface LinkOption {
  /** "card:{cardId}" or "solution:{solutionId}", the <option> value. */
  value: string;
  target: LinkTarget;
  /** The option text: the card text or solution title, truncated. */
  text: string;
}

export interface LinkTargets {
  stressor: LinkOption[];
  energy: LinkOption[];
  solution: LinkOption[];
  count: number;
  describe: (target: LinkTarget) => TargetInfo;
}

const optionChars = 70;
const nameChars = 48;

/**
 * What evidence can be linked to in this group: its analysis cards (by lane) and its
 * solutions. Call it in a $derived: it reads the current language.
 */
export function linkTargets(cards: readonly CardView[], solutions: readonly SolutionView[]): LinkTargets {
  const info = new Map<string, TargetInfo>();
  const result: LinkTargets = {
    stressor: [],
    energy: [],
    solution: [],
    count: cards.length + solutions.length,
    describe: (target) =>
      info.get(linkTargetValue(target)) ?? {
        name:
          target.kind === 'card' ? t('evidence.target.card', { text: '…' }) : t('evidence.target.untitled'),
        tone: target.kind === 'card' ? 'stressor' : 'solution',
      },
  };
  for (const card of cards) {
    const target: LinkTarget = { kind: 'card', id: card.id };
    const value = linkTargetValue(target);
    const text = card.text.trim();
    result[card.polarity].push({
      value,
      target,
      text: text ? truncate(text, optionChars) : t('evidence.emptyCard'),
    });
    info.set(value, {
      name: t('evidence.target.card', { text: text ? truncate(text, nameChars) : t('evidence.emptyCard') }),
      tone: card.polarity,
    });
  }
  for (const solution of solutions) {
    const target: LinkTarget = { kind: 'solution', id: solution.id };
    const value = linkTargetValue(target);
    const title = solution.title.trim();
    result.solution.push({
      value,
      target,
      text: title ? truncate(title, optionChars) : t('evidence.untitledSolution'),
    });
    info.set(value, {
      name: title
        ? t('evidence.target.solution', { title: truncate(title, nameChars) })
        : t('evidence.target.untitled'),
      tone: 'solution',
    });
  }
  return result;
}
