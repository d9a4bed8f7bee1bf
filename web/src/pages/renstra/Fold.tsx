/** Collapsible parts of the tree: which nodes are folded, a toggle per node, and fold/unfold all. */
import { ActionIcon } from '@mantine/core';
import { createContext, useContext, useState } from 'react';
import { useTexts } from '../../i18n/i18n.ts';
import { texts } from './texts.ts';

export type Fold = {
  isOpen: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Opens everything, or folds the given ids. */
  setAll: (open: boolean, ids?: readonly string[]) => void;
};

/** Nodes start open unless `folded` says otherwise (e.g. the indicator lists of the cascade). */
export function useFold(initiallyFolded: readonly string[] = []): Fold {
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set(initiallyFolded));
  return {
    isOpen: (id) => !folded.has(id),
    toggle: (id) =>
      setFolded((previous) => {
        const next = new Set(previous);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    setAll: (open, ids = []) => setFolded(open ? new Set() : new Set(ids)),
  };
}

export const FoldContext = createContext<Fold | null>(null);

export function useFoldContext(): Fold {
  const fold = useContext(FoldContext);
  if (!fold) throw new Error('useFoldContext outside a FoldContext');
  return fold;
}

/** The ▾/▸ button of a node, saying what it folds to screen readers. */
export function FoldToggle({ id, label, controls }: { id: string; label: string; controls: string }) {
  const { t } = useTexts('renstra', texts);
  const fold = useFoldContext();
  const open = fold.isOpen(id);
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="sm"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={t(open ? 'fold.close' : 'fold.open', { name: label })}
      onClick={() => fold.toggle(id)}
    >
      <span aria-hidden style={{ fontSize: 12 }}>
        {open ? '▾' : '▸'}
      </span>
    </ActionIcon>
  );
}
