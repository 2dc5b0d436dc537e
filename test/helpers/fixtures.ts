import type { NewCard } from '../../shared/board/commands.ts';

/** A stressor card with only what a test cares about: its id and text. */
export function stressorCard(id: string, text: string): NewCard {
  return { id, polarity: 'stressor', text, authorId: null, authorName: 'A', createdAt: 1 };
}
