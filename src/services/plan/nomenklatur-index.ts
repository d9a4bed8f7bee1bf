/**
 * The nomenklatur of Permendagri 90/2019 (assets/nomenklatur/): the codes and
 * names of programs, kegiatan and sub kegiatan, read once, and the entries
 * one level under a code. The supporting program of every urusan (U.BB.01,
 * program penunjang) has the same kegiatan and sub kegiatan everywhere: where
 * an urusan's own lines are missing, another urusan's are given under the
 * asked code, marked generic. Reference data only: nothing is refused for
 * being missing here (see permendagri-code.ts for what is checked).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export type NomenklaturEntry = { code: string; name: string; generic: boolean };

const FILE = fileURLToPath(new URL('../../../assets/nomenklatur/permendagri-90-2019.tsv', import.meta.url));

let loaded: Promise<Map<string, string>> | null = null;

function load(): Promise<Map<string, string>> {
  loaded ??= readFile(FILE, 'utf8').then((text) => {
    const names = new Map<string, string>();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) names.set(line.slice(0, tab), line.slice(tab + 1).trim());
    }
    return names;
  });
  return loaded;
}

/** The segment count of a child: urusan.bidang (2) → program (3) → kegiatan (5) → sub kegiatan (6). */
function childDepth(parent: string): number | null {
  const depth = parent.split('.').length;
  return depth === 2 ? 3 : depth === 3 ? 5 : depth === 5 ? 6 : null;
}

const byCode = (a: NomenklaturEntry, b: NomenklaturEntry) =>
  a.code.localeCompare(b.code, 'en', { numeric: true });

/** The entries one level under `parent` ("1.06" → its programs; "1.06.04" → its kegiatan; "1.06.04.2.01" → its sub kegiatan). */
export async function nomenklaturChildren(parent: string): Promise<NomenklaturEntry[]> {
  const names = await load();
  const depth = childDepth(parent);
  if (depth === null) return [];
  const under = (prefix: string) =>
    [...names].filter(([code]) => code.startsWith(`${prefix}.`) && code.split('.').length === depth);
  const own: NomenklaturEntry[] = under(parent).map(([code, name]) => ({ code, name, generic: false }));
  const segments = parent.split('.');
  const urusan = segments.slice(0, 2).join('.');
  const penunjang = depth === 3 || segments[2] === '01';
  if (!penunjang) return own.sort(byCode);
  // the program penunjang of another urusan, moved under the asked one
  const tail =
    depth === 3
      ? ''
      : segments
          .slice(3)
          .map((s) => `.${s}`)
          .join('');
  const taken = new Set(own.map((e) => e.code));
  const generic = new Map<string, NomenklaturEntry>();
  for (const [code, name] of names) {
    const parts = code.split('.');
    if (parts.length !== depth || parts[2] !== '01' || parts.slice(0, 2).join('.') === urusan) continue;
    if (depth > 3 && !code.startsWith(`${parts[0]}.${parts[1]}.01${tail}.`)) continue;
    const moved = [urusan, ...parts.slice(2)].join('.');
    if (!taken.has(moved) && !generic.has(moved)) generic.set(moved, { code: moved, name, generic: true });
  }
  return [...own, ...generic.values()].sort(byCode);
}
