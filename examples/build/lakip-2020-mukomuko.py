#!/usr/bin/env python3
"""Builds examples/lakip-2020-mukomuko.json from Tabel 9 of the 2020 LAKIP of
Dinas Sosial Kabupaten Mukomuko (seed lines 731-776), cross-checked against the
golden extraction. One-off generator; the JSON it writes is committed.

    python3 examples/build/lakip-2020-mukomuko.py [SEED] [FIXTURE]
"""
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / 'shared/seeds/lakip-2020-dinsos-mukomuko.txt'
FIXTURE = Path(sys.argv[2]) if len(sys.argv) > 2 else REPO.parent / 'shared/fixtures/lakip-2020-dinsos-mukomuko.json'
OUT = REPO / 'examples/lakip-2020-mukomuko.json'

lines = SEED.read_text(encoding='utf-8').split('\n')
fx = json.loads(FIXTURE.read_text(encoding='utf-8'))

# Tabel 9 columns: No. | Program/ Kegiatan | INDIKATOR PROGRAM | TARGET | REALISASI TARGET | PAGU | REALISASI PAGU | KET.
# 'REALISASI TARGET' is realisasi pagu / pagu x 100 on every row (fixture inconsistency 21), i.e. the printed %.
items = []
total = None
for n in range(737, 777):
    text = lines[n - 1]
    cells = text.split('\t')
    if len(cells) < 7 or cells[1].startswith('Program/'):
        continue
    no, name, _indikator, _target, persen, pagu, realisasi = cells[:7]
    if name == 'Belanja Langsung':
        total = {'line': n, 'pagu': pagu, 'realisasi': realisasi, 'persen': persen}
        continue
    row = {'pagu': pagu, 'realisasi': realisasi, 'source': {'lines': [n]}, 'printed': {'persen': persen}}
    if re.fullmatch(r'[A-H]\.', no):
        items.append({'code': no[0], 'level': 'program', 'name': name, **row, 'children': []})
    else:
        assert no == '', (n, text)
        m = re.fullmatch(r'(\d+)\.? (.+)', name)
        assert m, (n, name)
        program = items[-1]
        code = f"{program['code']}.{m.group(1)}"
        assert len(program['children']) + 1 == int(m.group(1)), (n, name)
        program['children'].append({'code': code, 'level': 'kegiatan', 'name': m.group(2), **row, 'children': []})

# Cross-check with the fixture's extraction of Tabel 9.
t9 = fx['tabel_9_pagu_realisasi_belanja_langsung']
assert total['line'] == t9['total_row']['line']
assert (total['pagu'], total['realisasi'], total['persen']) == (
    t9['total_row']['pagu']['printed'], t9['total_row']['realisasi']['printed'], t9['total_row']['pct_printed']['printed'])
assert len(items) == len(t9['programs']) == 8
for ours, theirs in zip(items, t9['programs']):
    assert ours['code'] + '.' == theirs['no'] and ours['source']['lines'] == [theirs['line']]
    assert (ours['pagu'], ours['realisasi'], ours['printed']['persen']) == (
        theirs['pagu']['printed'], theirs['realisasi']['printed'], theirs['pct_printed']['printed'])
    assert len(ours['children']) == len(theirs['kegiatan'])
    for k, tk in zip(ours['children'], theirs['kegiatan']):
        assert k['source']['lines'] == [tk['line']]
        assert (k['pagu'], k['realisasi'], k['printed']['persen']) == (
            tk['pagu']['printed'], tk['realisasi']['printed'], tk['pct_printed']['printed']), (k, tk)

pk_row = fx['performance_agreement_pk_2020']['rows'][0]
assert pk_row['target']['printed'] == '72,13 %' and '72,13 %' in lines[332]
iku1 = fx['iku'][0]

NOTE = (
    "Built by examples/build/lakip-2020-mukomuko.py from the seed and cross-checked against the golden "
    "extraction fixtures/lakip-2020-dinsos-mukomuko.json. MEASURABLE: nothing. The report defines "
    "capaian = realisasi/rencana x 100 (L349) and the LAN 239/2003 ordinal scale (L353-358), but Tabel 6 "
    "'Pengukuran Kinerja' is missing, so no indicator has a realisation. The only sasaran/indicator with "
    "a printed target is the Perjanjian Kinerja 2020 row (L333, target 72,13 %); it is kept with no "
    "realisasi (unknown, not zero), so its capaian cannot be computed. IKU-2 (L324) has no target and "
    "is left out. The program indicators of Tabel 7/9 are not indicators here: their 'REALISASI TARGET' "
    "column is the budget absorption (realisasi pagu / pagu), not a performance realisation (e.g. "
    "Tabel 9 row D prints target 72,13% beside 82,11 = 304.018.000 / 370.258.000), so they are not "
    "measurable. The report prints no aggregation ('mean' is a neutral choice), no predikat and no "
    "average. BUDGET: Tabel 9 'Pagu Realisasi Belanja Langsung' (L731-776), 8 programs and 27 kegiatan "
    "(no sub kegiatan in 2020, Permendagri 13/2006 structure), with the printed % ('REALISASI TARGET') "
    "of every row and the Belanja Langsung total row (L737). Tabel 9 is used rather than Tabel 7 "
    "(L611-729) because it has the total row, its program and total realisations agree with the text "
    "(L380: 1.005.192.056, 89.06 %), and its printed %s carry the three arithmetic errors the fixture "
    "documents (inconsistencies 1-3); Tabel 7's 35 printed %s are all correct and it has no total. "
    "Codes are Tabel 9's printed row labels (A-H, kegiatan numbered 1..n within each program, as "
    "'A.1'): the kode rekening of Tabel 7 (e.g. 1.06.06.01.01) are not unique (inconsistency 50) and "
    "the 2020 programs predate Permendagri 90/2019, so no 1.06.xx code is constructed. Names are as "
    "Tabel 9 prints them, without the row number. Belanja Tidak Langsung (pagu 1.704.319.000, realisasi "
    "1.556.243.163, 91,31 %, L376; its Tabel 8 is missing) and Tabel 4 (pagu only) are not in this file. "
    "The report never names the province (Bengkulu), so agency.province is left out."
)

doc = {
    'format': 'akuntabel/report-data@1',
    'agency': {'name': fx['identity']['agency'], 'region': 'Kabupaten Mukomuko', 'level': 'kabupaten'},
    'year': fx['identity']['reporting_year'],
    'source': {
        'title': 'Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Dinas Sosial Kabupaten Mukomuko Tahun Anggaran 2020',
        'file': 'seeds/lakip-2020-dinsos-mukomuko.txt',
        'note': NOTE,
    },
    'scale': 'lan-239-2003',
    'aggregation': 'mean',
    'sasaran': [
        {
            'id': 'SS1',
            'name': pk_row['sasaran_strategis'],
            'indikator': [
                {
                    'id': 'SS1.1',
                    'name': pk_row['indikator'],
                    'unit': '%',
                    'polarity': 'positive',
                    'target': pk_row['target']['printed'],
                    'dataSource': iku1['sumber_data'],
                    'source': {'lines': [322, 333]},
                }
            ],
        }
    ],
    'budget': {
        'items': items,
        'printed': {'pagu': total['pagu'], 'realisasi': total['realisasi'], 'persen': total['persen']},
    },
}

OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
print(f'wrote {OUT.relative_to(REPO)}: {len(items)} programs, {sum(len(p["children"]) for p in items)} kegiatan')
