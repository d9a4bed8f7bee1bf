/**
 * The keyboard and clipboard of an entry table (the budget grid, the social
 * data tables): arrows and Enter move between cells (left/right only from the
 * text's edge), Esc undoes the cell, Ctrl+S saves, a block pasted from a
 * spreadsheet fills the cells from the chosen one, and a focused cell's text
 * is selected so typing replaces it. Handlers go on the table element.
 */
import type { ClipboardEvent, FocusEvent, KeyboardEvent, RefObject } from 'react';
import { isBlock, readClipboardBlock } from '../../clipboard-block.ts';
import { focusCell, neighbour, pasteTargets, type Direction } from './grid-navigation.ts';

function caretAtStart(input: HTMLInputElement): boolean {
  return (
    input.selectionStart === 0 && (input.selectionEnd === 0 || input.selectionEnd === input.value.length)
  );
}

function caretAtEnd(input: HTMLInputElement): boolean {
  const end = input.value.length;
  return input.selectionEnd === end && (input.selectionStart === end || input.selectionStart === 0);
}

function cellInput(target: EventTarget): HTMLInputElement | null {
  return target instanceof HTMLInputElement && target.dataset.key ? target : null;
}

export function gridKeyboard(
  table: RefObject<HTMLTableElement | null>,
  actions: {
    revert: (key: string) => void;
    save: () => void;
    type: (entries: [string, string][]) => void;
    pasted: (count: number, skipped: number) => void;
    focused?: (key: string) => void;
  },
) {
  return {
    onKeyDown: (event: KeyboardEvent<HTMLTableElement>) => {
      const input = cellInput(event.target);
      if (!input || !table.current) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        actions.save();
        return;
      }
      let direction: Direction | null = null;
      if (event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey)) direction = 'up';
      else if (event.key === 'ArrowDown' || event.key === 'Enter') direction = 'down';
      else if (event.key === 'ArrowLeft' && caretAtStart(input)) direction = 'left';
      else if (event.key === 'ArrowRight' && caretAtEnd(input)) direction = 'right';
      else if (event.key === 'Escape') {
        actions.revert(input.dataset.key!);
        requestAnimationFrame(() => input.select());
        return;
      }
      if (!direction) return;
      event.preventDefault();
      focusCell(neighbour(table.current, input, direction));
    },
    onPaste: (event: ClipboardEvent<HTMLTableElement>) => {
      const input = cellInput(event.target);
      if (!input || !table.current) return;
      const text = event.clipboardData.getData('text/plain');
      if (!isBlock(text)) return;
      event.preventDefault();
      const { entries, skipped } = pasteTargets(table.current, input, readClipboardBlock(text));
      actions.type(entries);
      actions.pasted(entries.length, skipped);
    },
    onFocus: (event: FocusEvent<HTMLTableElement>) => {
      const input = cellInput(event.target);
      if (!input) return;
      input.select();
      actions.focused?.(input.dataset.key!);
    },
  };
}
