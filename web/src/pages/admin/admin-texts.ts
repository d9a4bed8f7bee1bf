/** The administration page's translator (its own words, then the common ones). */
import { useTexts } from '../../i18n/i18n.ts';
import { texts } from './texts.ts';

export function useAdminTexts() {
  return useTexts('admin', texts);
}
