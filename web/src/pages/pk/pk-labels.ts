/** How a PK version and its status are named and coloured everywhere on the page. */
import type { PkStatus, PkVersionKind } from '../../../../src/store/schema/enums.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { texts } from './texts.ts';

export const PK_STATUS_COLOUR: Record<PkStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  signed: 'teal',
};

/** "Asli" for version 1, "Perubahan 1" for version 2, … */
export function useVersionLabel() {
  const { t } = useTexts('pk', texts);
  return (version: { kind: PkVersionKind; number: number }) =>
    version.kind === 'original' ? t('version.original') : t('version.perubahan', { n: version.number - 1 });
}
