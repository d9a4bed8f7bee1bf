/** LKjIP appendices: each Perjanjian Kinerja with its target annex. */
import { buildPkBlocks } from '../build-pk.ts';
import type { ReportPart } from '../model.ts';
import type { LkjipContext } from './build-context.ts';

export function buildLampiran(ctx: LkjipContext): ReportPart[] {
  const { src, m, locale, L, heading } = ctx;
  return (src.pk ?? []).flatMap((pk, i) => {
    const { agreement, annex } = buildPkBlocks(pk, locale, { withTitle: false });
    const title = `${L('LAMPIRAN', 'APPENDIX')} ${i + 1}: ${pk.version === 'perubahan' ? L('PERUBAHAN PERJANJIAN KINERJA', 'REVISED PERFORMANCE AGREEMENT') : L('PERJANJIAN KINERJA', 'PERFORMANCE AGREEMENT')} ${m.year}`;
    return [
      { kind: 'appendix' as const, id: `lampiran-${i + 1}`, blocks: [heading(1, title), ...agreement] },
      { kind: 'appendix' as const, id: `lampiran-${i + 1}-target`, blocks: annex },
    ];
  });
}
