/** LKjIP BAB IV Penutup: kesimpulan, langkah ke depan, and the head's signature. */
import type { Block } from '../model.ts';
import { defaultKesimpulan, defaultLangkahKeDepan } from '../narrative-defaults.ts';
import type { LkjipContext } from './build-context.ts';
import type { Signing } from './front-matter.ts';

export function buildBab4(ctx: LkjipContext, signer: Signing): Block[] {
  const { src, L, heading, narrative, generated, narrativeContext } = ctx;
  const bab4: Block[] = [
    heading(1, `${L('BAB', 'CHAPTER')} IV ${L('PENUTUP', 'CLOSING')}`),
    heading(2, L('A. Kesimpulan', 'A. Conclusions')),
    narrative('kesimpulan', () => defaultKesimpulan(narrativeContext)),
    heading(2, L('B. Langkah ke Depan', 'B. Next Steps')),
  ];
  const langkah = src.narratives['langkahKeDepan'];
  if (langkah && langkah.length > 0) bab4.push({ type: 'list', ordered: true, items: [...langkah] });
  else {
    generated.push('langkahKeDepan');
    bab4.push({
      type: 'narrative',
      key: 'langkahKeDepan',
      paragraphs: defaultLangkahKeDepan(narrativeContext).map((s, i) => `${i + 1}. ${s}`),
      generated: true,
    });
  }
  bab4.push({ type: 'signature', placeDate: signer.placeDate, left: null, right: signer.right });
  return bab4;
}
