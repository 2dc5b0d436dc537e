import * as Y from 'yjs';
import { spliceText } from '../../../../shared/board/commands.ts';
import { localUserOrigin } from '../../../../shared/board/origins.ts';

/**
 * Binds a textarea to a Y.Text: typing becomes the smallest splice (so a neighbour typing
 * elsewhere in the same text keeps their characters), and remote changes update the
 * textarea while the caret stays on the same character (Yjs relative positions).
 */
export function bindTextarea(textarea: HTMLTextAreaElement, text: Y.Text, maxChars: number): () => void {
  let selection: [Y.RelativePosition, Y.RelativePosition] | null = null;

  const rememberSelection = (): void => {
    selection = [
      Y.createRelativePositionFromTypeIndex(text, textarea.selectionStart),
      Y.createRelativePositionFromTypeIndex(text, textarea.selectionEnd),
    ];
  };
  const onInput = (): void => {
    spliceText(text, textarea.value.slice(0, maxChars), localUserOrigin);
    rememberSelection();
  };
  const onRemote = (event: Y.YTextEvent): void => {
    if (event.transaction.local) return;
    const focused = document.activeElement === textarea;
    textarea.value = text.toString();
    if (focused && selection && text.doc) {
      const start = Y.createAbsolutePositionFromRelativePosition(selection[0], text.doc);
      const end = Y.createAbsolutePositionFromRelativePosition(selection[1], text.doc);
      if (start && end) textarea.setSelectionRange(start.index, end.index);
    }
  };

  textarea.value = text.toString();
  textarea.addEventListener('input', onInput);
  for (const type of ['select', 'keyup', 'mouseup', 'focus'] as const) {
    textarea.addEventListener(type, rememberSelection);
  }
  text.observe(onRemote);
  return () => {
    textarea.removeEventListener('input', onInput);
    for (const type of ['select', 'keyup', 'mouseup', 'focus'] as const) {
      textarea.removeEventListener(type, rememberSelection);
    }
    text.unobserve(onRemote);
  };
}
