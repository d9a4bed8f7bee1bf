#!/usr/bin/env python3
"""Builds data/demo/limapuluhkota-2023.json, the demo agency bundle
(`akuntabel/agency-bundle@1`, schema in src/services/demo/agency-bundle.ts).

One-off generator: python3 is not needed in CI; the JSON it writes is committed.

    python3 data/demo/build/build-limapuluhkota.py [FIXTURE] [SEED]

Inputs (paths relative to the repository root):
  - ../shared/fixtures/lkjip-2023-dinsos-limapuluhkota.json  golden extraction (numbers, lines)
  - ../shared/seeds/lkjip-2023-dinsos-limapuluhkota.txt      the report text (excerpts, checks)
  - examples/lkjip-2023-limapuluhkota.json                   budget tree with codes (report-data@1)

Everything else is entered by hand below, each with its seed line numbers.
The script checks, and fails otherwise: every excerpt occurs verbatim on the
lines it cites; the budget reconciles with the report's totals (4 programs,
10 kegiatan and 25 sub kegiatan with a revised pagu; 6.737.357.519 /
6.420.276.477); the report's typing errors are corrected exactly where the
fixture says.
"""
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
FIXTURE = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / 'shared/fixtures/lkjip-2023-dinsos-limapuluhkota.json'
SEED = Path(sys.argv[2]) if len(sys.argv) > 2 else REPO.parent / 'shared/seeds/lkjip-2023-dinsos-limapuluhkota.txt'
EXAMPLE = REPO / 'examples/lkjip-2023-limapuluhkota.json'
OUT = REPO / 'data/demo/limapuluhkota-2023.json'

fx = json.loads(FIXTURE.read_text(encoding='utf-8'))
ex = json.loads(EXAMPLE.read_text(encoding='utf-8'))
SEED_LINES = SEED.read_text(encoding='utf-8').split('\n')


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def norm(s):
    """Whitespace- and markdown-insensitive form used to compare excerpts with the seed."""
    s = re.sub(r'<[^>]+>', '', s)
    s = s.replace('*', '').replace('\u2019', "'")
    return re.sub(r'\s+', ' ', s).strip()


def seed(n):
    return SEED_LINES[n - 1]


def ex_(text, lines):
    """An excerpt: verbatim text (pieces joined by ' … ') that must occur on the cited lines."""
    joined = norm(' '.join(seed(n) for n in sorted(set(lines))))
    for piece in text.split(' … '):
        p = norm(piece.strip('…').strip())
        if p not in joined:
            raise SystemExit(f'excerpt not found on lines {lines}: {p[:80]!r}')
    return {'text': text, 'lines': sorted(set(lines))}


def line_text(n):
    """The whole seed line as an excerpt (markdown list markers removed)."""
    t = norm(seed(n))
    t = re.sub(r'^-\s*', '', t)
    return {'text': t, 'lines': [n]}


def on_line(value, n):
    if norm(value) not in norm(seed(n)):
        raise SystemExit(f'{value!r} not on line {n}: {seed(n)[:100]!r}')


def rp(printed):
    """Indonesian integer Rupiah '2.930.685.138' -> 2930685138 (strict)."""
    if isinstance(printed, int):
        return printed
    if not re.fullmatch(r'\d{1,3}(\.\d{3})*', printed):
        raise SystemExit(f'malformed amount {printed!r}')
    return int(printed.replace('.', ''))


def pct(printed):
    v = float(printed.replace(',', '.'))
    return int(v) if v.is_integer() else v


# ---------------------------------------------------------------------------
# Region, RPJMD, agency, head, organisation
# ---------------------------------------------------------------------------

# The 13 kecamatan, as the permakanan lansia table prints them (L535-547), in
# the official spelling. The report also writes Guguk, Bukit/Bulit Barisan and
# Situjuh; those are normalised (correction C15).
KECAMATAN_ROWS = {r['kecamatan']: r['line'] for r in fx['ppks']['assistance'][0]['by_kecamatan']['rows']}
KEC = {
    'HARAU': 'Harau', 'PAYAKUMBUH': 'Payakumbuh', 'GUGUAK': 'Guguak', 'MUNGKA': 'Mungka', 'SULIKI': 'Suliki',
    'BUKIK BARISAN': 'Bukik Barisan', 'GUNUANG OMEH': 'Gunuang Omeh', 'LUAK': 'Luak',
    'LAREH SAGO HALABAN': 'Lareh Sago Halaban', 'AKABILURU': 'Akabiluru',
    'SITUJUAH LIMO NAGARI': 'Situjuah Limo Nagari', 'PANGKALAN KOTO BARU': 'Pangkalan Koto Baru', 'KAPUR IX': 'Kapur IX',
}
assert set(KEC) == set(KECAMATAN_ROWS), 'kecamatan table changed'
KECAMATAN = sorted(KEC.values())
ALIASES = {'Guguk': 'Guguak', 'Bukit Barisan': 'Bukik Barisan', 'Bulit Barisan [sic, Bukik Barisan]': 'Bukik Barisan',
           'Situjuh Limo Nagari': 'Situjuah Limo Nagari'}


def kec(name):
    if name in ALIASES:
        return ALIASES[name]
    if name.upper() in KEC:
        return KEC[name.upper()]
    if name in KECAMATAN:
        return name
    raise SystemExit(f'unknown kecamatan {name!r}')


ident = fx['identity']
on_line('Sarilamak', 220)
region = {
    'name': 'Kabupaten Lima Puluh Kota',
    'level': 'kabupaten',
    'province': 'Sumatera Barat',
    'seat': {
        'name': 'Sarilamak',
        'lines': [220],
        'note': 'Pusat pemerintahan kabupaten: Perbup 123/2021 "Ditetapkan di Sarilamak" (L220). Kantor Dinas Sosial sendiri beralamat di Payakumbuh (L1216).',
    },
    'timeZone': 'Asia/Jakarta',
    'kecamatan': KECAMATAN,
    'kecamatanNote': 'Ke-13 kecamatan dari tabel permakanan lansia (L535-547), ejaan resmi. Laporan juga menulis "Guguk", "Bukit Barisan"/"Bulit Barisan" dan "Situjuh Limo Nagari"; dinormalkan (koreksi C15).',
}

on_line('SAFARUDDIN DT. BANDARO RAJO', 227)
regional_head = {
    'name': 'Safaruddin Dt. Bandaro Rajo',
    'namePrinted': 'SAFARUDDIN DT. BANDARO RAJO',
    'title': 'Bupati Lima Puluh Kota',
    'lines': [223, 227, 1227, 1228, 1240, 1242],
}

on_line('Misi ke-1 Meningkatkan Kualitas Sumber Daya Manusia yang Berbudaya dan Berdaya Saing berlandaskan nilai-nilai keagamaan', 309)
on_line('Misi ke-4 Meningkatkan kualitas pelayanan publik melalui reformasi birokrasi seutuhnya', 309)
rpjmd = {
    'name': 'RPJMD Kabupaten Lima Puluh Kota 2021-2026',
    'period': {'start': 2021, 'end': 2026},
    'lines': [307, 309, 313, 361],
    'misi': [
        {'id': 'RPJMD-M1', 'number': 1, 'text': 'Meningkatkan Kualitas Sumber Daya Manusia yang Berbudaya dan Berdaya Saing berlandaskan nilai-nilai keagamaan', 'lines': [309]},
        {'id': 'RPJMD-M4', 'number': 4, 'text': 'Meningkatkan kualitas pelayanan publik melalui reformasi birokrasi seutuhnya', 'lines': [309]},
    ],
    'tujuan': [
        {'id': 'RPJMD-M1-T1', 'misiId': 'RPJMD-M1', 'number': 1, 'text': 'Meningkatkan Kualitas Sumber Daya Manusia', 'lines': [309]},
        {'id': 'RPJMD-M4-T', 'misiId': 'RPJMD-M4', 'number': None, 'text': 'meningkatkan tata kelola pemerintahan yang baik', 'lines': [309],
         'note': 'Nomor tujuan di bawah Misi ke-4 tidak dicetak.'},
    ],
    'sasaran': [
        {'id': 'RPJMD-S-PPKS', 'tujuanId': 'RPJMD-M1-T1', 'number': None, 'text': 'meningkatkan pelayanan terhadap pemerlu pelayanan kesejahteraan sosial (PPKS)', 'lines': [309]},
        {'id': 'RPJMD-S-KINERJA', 'tujuanId': 'RPJMD-M4-T', 'number': 1, 'text': 'Meningkatnya kinerja penyelenggaraan pemerintahan daerah', 'lines': [309]},
        {'id': 'RPJMD-S-PELAYANAN', 'tujuanId': 'RPJMD-M4-T', 'number': 2, 'text': 'Meningkatnya kualitas pelayanan publik', 'lines': [309]},
    ],
    'note': 'Laporan hanya memuat misi, tujuan dan sasaran RPJMD yang didukung Dinas Sosial (L309); visi RPJMD, misi lain dan indikator RPJMD tidak dicetak.',
}
for m in rpjmd['misi'] + rpjmd['tujuan'] + rpjmd['sasaran']:
    on_line(m['text'], 309)

on_line('Jalan Soekarno Hatta No 87 Payakumbuh, Telp/Fax. (0752) 92037', 1216)
agency = {
    'name': 'Dinas Sosial Kabupaten Lima Puluh Kota',
    'shortName': 'Dinas Sosial',
    'address': {'text': 'Jalan Soekarno Hatta No 87 Payakumbuh, Telp/Fax. (0752) 92037', 'lines': [1216]},
    'urusan': {'code': '1.06', 'name': 'Sosial'},
    'legalBasis': ex_('Peraturan Bupati Lima Puluh Kota Nomor 123 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Sosial', [144]),
    'lines': [5, 7, 27],
}

on_line('NIP. 19670812 199303 2 011', 47)
on_line('Pembina Utama Muda/ IV/c', 46)
head = {
    'name': 'Ir. Indra Suriani',
    'namePrinted': 'Ir. INDRA SURIANI',
    'nip': '196708121993032011',
    'rank': 'Pembina Utama Muda (IV/c)',
    'title': 'Kepala Dinas Sosial Kabupaten Lima Puluh Kota',
    'lines': [40, 41, 45, 46, 47, 1222, 1223, 1250],
}


def task(n):
    return line_text(n)


def subs(uid, name, name_line, task_line):
    on_line(name, name_line)
    short = name.replace('Sub-Substansi ', '')
    return {'id': uid, 'name': name, 'kind': 'sub_substansi', 'eselon': 'non_eselon',
            'headTitle': f'Sub Koordinator {short}', 'task': task(task_line), 'lines': [name_line], 'children': []}


units = {
    'id': 'kepala-dinas', 'name': 'Dinas Sosial Kabupaten Lima Puluh Kota', 'kind': 'kepala_dinas', 'eselon': 'II',
    'headTitle': 'Kepala Dinas Sosial', 'task': task(148), 'lines': [144, 146, 238], 'children': [
        {'id': 'sekretariat', 'name': 'Sekretariat', 'kind': 'sekretariat', 'eselon': 'III', 'headTitle': 'Sekretaris',
         'task': task(154), 'lines': [150, 152, 239], 'children': [
             {'id': 'subbag-umum-kepegawaian', 'name': 'Sub Bagian Umum dan Kepegawaian', 'kind': 'subbagian', 'eselon': 'IV',
              'headTitle': 'Kepala Sub Bagian Umum dan Kepegawaian', 'task': task(158), 'lines': [156, 240], 'children': []},
             subs('subs-perencanaan-keuangan-pelaporan', 'Sub-Substansi Perencanaan, Keuangan dan Pelaporan', 160, 162),
         ]},
        {'id': 'bidang-perlindungan-jaminan-sosial', 'name': 'Bidang Perlindungan dan Jaminan Sosial', 'kind': 'bidang', 'eselon': 'III',
         'headTitle': 'Kepala Bidang Perlindungan dan Jaminan Sosial', 'task': task(168), 'lines': [164, 166, 239], 'children': [
             subs('subs-perlindungan-korban-bencana', 'Sub-Substansi Perlindungan Sosial Korban Bencana', 170, 171),
             subs('subs-perlindungan-korban-kekerasan-orang-terlantar', 'Sub-Substansi Perlindungan Sosial bagi Korban Tindak Kekerasan dan Orang Terlantar', 172, 173),
             subs('subs-jaminan-sosial-keluarga', 'Sub-Substansi Jaminan Sosial Keluarga', 174, 175),
         ]},
        {'id': 'bidang-rehabilitasi-sosial', 'name': 'Bidang Rehabilitasi Sosial', 'kind': 'bidang', 'eselon': 'III',
         'headTitle': 'Kepala Bidang Rehabilitasi Sosial', 'task': task(180), 'lines': [177, 179, 239], 'children': [
             subs('subs-rehsos-anak-lansia', 'Sub-Substansi Rehabilitasi Sosial Anak dan Lanjut Usia', 181, 182),
             subs('subs-rehsos-disabilitas', 'Sub-Substansi Rehabilitasi Sosial Penyandang Disabilitas', 184, 185),
             subs('subs-rehsos-tuna-sosial-napza-perdagangan-orang', 'Sub-Substansi Rehabilitasi Sosial, Tuna Sosial, Korban Napza dan Korban Perdagangan Orang', 186, 187),
         ]},
        {'id': 'bidang-pemberdayaan-sosial-fakir-miskin', 'name': 'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin', 'kind': 'bidang', 'eselon': 'III',
         'headTitle': 'Kepala Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin', 'task': task(190), 'lines': [188, 189, 239], 'children': [
             subs('subs-identifikasi-penguatan-kapasitas', 'Sub-Substansi Identifikasi dan penguatan Kapasitas', 191, 192),
             subs('subs-pemberdayaan-bantuan-stimulan', 'Sub-Substansi Pemberdayaan Masyarakat dan Penyaluran Bantuan Stimulan', 194, 196),
             subs('subs-kelembagaan-kepahlawanan-restorasi', 'Sub-Substansi Kelembagaan, Kepahlawanan dan Restorasi Sosial', 198, 201),
         ]},
    ]}
# 'penguatan' is lower case in the report (L191); keep the name as the unit's official-looking form.
units['children'][3]['children'][0]['name'] = 'Sub-Substansi Identifikasi dan Penguatan Kapasitas'
units['children'][3]['children'][0]['headTitle'] = 'Sub Koordinator Identifikasi dan Penguatan Kapasitas'

# ---------------------------------------------------------------------------
# Budget tree (from examples/lkjip-2023-limapuluhkota.json, corrected)
# ---------------------------------------------------------------------------

NAME_FIXES = [  # (printed, corrected, lines, correction id)
    ('Pantli', 'Panti', [1157], 'C9'),
    ('Spritual', 'Spiritual', [1163, 1168], 'C10'),
    ('Fasilitas Kunjungan Tamu', 'Fasilitasi Kunjungan Tamu', [1139], 'C11'),
    ('Kesiap siagaan', 'Kesiapsiagaan', [1181], 'C12'),
]
PROGRAM_NAMES = {  # upper-case program rows of Tabel 3.7, written like the other programs
    'PROGRAM PEMBERDAYAAN SOSIAL': 'Program Pemberdayaan Sosial',
    'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL': 'Program Perlindungan dan Jaminan Sosial',
}


def clean_name(name, level):
    name = PROGRAM_NAMES.get(name, name)
    for printed, fixed, _, _ in NAME_FIXES:
        name = name.replace(printed, fixed)
    if level == 'kegiatan' and name.startswith('Kegiatan '):
        name = name[len('Kegiatan '):]
    if level == 'subkegiatan' and name.startswith('Sub Kegiatan '):
        name = name[len('Sub Kegiatan '):]
    return name


# Corrections of amounts, by code and field: (printed, corrected, correction id).
AMOUNT_FIXES = {
    ('1.06.04.2.01.0005', 'realisasi'): ('117.880.628', 177880628, 'C2'),
    ('1.06.01.2.08.0004', 'pagu'): ('41.600.00', 41600000, 'C3'),
}
applied = set()


def amount(item, field):
    v = item.get(field)
    key = (item['code'], field)
    if key in AMOUNT_FIXES:
        printed, fixed, cid = AMOUNT_FIXES[key]
        assert v == printed, (key, v)
        applied.add(cid)
        return fixed
    if v == 0 or v == '0':
        return 0
    return rp(v)


# Output indicators the report states per activity, with the sub kegiatan the
# report names as the supporting one (fixture ppks.assistance[].budget).
OUTPUTS = {
    '1.06.04.2.01.0008': [
        ('Lanjut usia terlantar/tidak potensial penerima permakanan', 'orang', 924, 896, [529, 550, 552], 'Realisasi 896 dari 924: penerima yang menerima bansos lain tidak lolos verifikasi (L531).'),
        ('Penyandang disabilitas penerima permakanan', 'orang', 50, 50, [619, 635], None),
        ('Anak terlantar penerima permakanan', 'orang', 10, 10, [667, 669], None),
        ('Anak terlantar yang dikirim ke panti rehabilitasi sosial (aksesibilitas)', 'orang', 20, 20, [696, 705], None),
    ],
    '1.06.04.2.01.0005': [
        ('Penyandang disabilitas penerima alat bantu', 'orang', 15, 15, [592, 601], None),
        ('Penyandang disabilitas penerima bantuan UEP', 'orang', 5, 5, [609, 611], None),
        ('Penyandang disabilitas yang dikirim ke panti rehabilitasi sosial (aksesibilitas)', 'orang', 5, 5, [643, 645, 649], None),
        ('Anak terlantar penerima alat bantu', 'orang', 5, 5, [679, 688], None),
    ],
    '1.06.04.2.01.0006': [
        ('Anak berhadapan dengan hukum (ABH) yang didampingi', 'orang', 50, 50, [574, 576, 578], None),
        ('Fakir miskin penerima bantuan UEP', 'orang', 162, 159, [834, 862], '3 orang tidak memenuhi syarat karena menerima bansos lain (L834). L842 menyebut beberapa sub kegiatan; L862 menunjuk sub kegiatan ini.'),
        ('Kelompok Usaha Bersama (KUBE) penerima bantuan', 'kelompok', None, 1, [854, 862], 'Target tidak dicetak.'),
    ],
    '1.06.04.2.02.0010': [
        ('Rumah tidak layak huni (RTLH) fakir miskin yang dibantu', 'unit', 36, 36, [884, 891], None),
    ],
    '1.06.06.2.01.0001': [
        ('Korban bencana alam yang ditangani', 'jiwa', None, 812, [924, 933], 'Target tidak dicetak; 20 kejadian.'),
        ('Korban bencana sosial yang ditangani', 'jiwa', None, 74, [924, 926, 933], 'Target tidak dicetak; 20 kejadian.'),
    ],
}

programs = []
for p in ex['budget']['items']:
    prog = {'code': p['code'], 'name': clean_name(p['name'], 'program'), 'level': 'program', 'lines': p['source']['lines'], 'kegiatan': []}
    for k in p['children']:
        keg = {'code': k['code'], 'name': clean_name(k['name'], 'kegiatan'), 'level': 'kegiatan', 'lines': k['source']['lines'], 'subKegiatan': []}
        murni_subs = 0
        for s in k['children']:
            sub = {'code': s['code'], 'name': clean_name(s['name'], 'subkegiatan'), 'level': 'sub_kegiatan', 'lines': s['source']['lines']}
            if s['code'] in OUTPUTS:
                sub['outputIndicators'] = []
                for name, unit, target, real, lines, note in OUTPUTS.pop(s['code']):
                    o = {'name': name, 'unit': unit, 'target': target, 'realisasi': real, 'lines': lines}
                    if note:
                        o['note'] = note
                    sub['outputIndicators'].append(o)
            perubahan = amount(s, 'pagu')
            y = {'paguMurni': amount(s, 'paguMurni'), 'paguPerubahan': perubahan, 'realisasi': amount(s, 'realisasi'),
                 'fisik': pct(s['fisik']) if s.get('fisik') is not None else None}
            sub['years'] = {'2023': y}
            murni_subs += y['paguMurni']
            if perubahan == 0:
                sub['note'] = 'Hanya ada di anggaran awal (murni); setelah perubahan APBD 2023 tidak dianggarkan (Tabel 3.7 mencetak "-"), maka paguPerubahan dan realisasi 0, fisik null.'
            keg['subKegiatan'].append(sub)
        murni_printed = rp(k['paguMurni'])
        if murni_printed != murni_subs:
            # Fixture inconsistency 3: the kegiatan row prints more than its sub kegiatan rows.
            assert k['code'] == '1.06.01.2.09', k['code']
            keg['unitemized'] = {'2023': {
                'paguMurni': murni_printed - murni_subs,
                'note': f'Anggaran awal kegiatan dicetak {k["paguMurni"]} (L1148) dan program I 3.721.665.745 (L1126) cocok dengannya, tetapi sub kegiatan yang tercetak hanya berjumlah {murni_subs:,}'.replace(',', '.') + '; baris sub kegiatan (anggaran awal saja) tampaknya hilang (inkonsistensi fixture #3). Selisihnya dicatat di sini agar total anggaran awal 7.203.419.945 tetap cocok.',
            }}
        if all(s['years']['2023']['paguPerubahan'] == 0 for s in keg['subKegiatan']):
            keg['note'] = 'Hanya ada di anggaran awal (murni); tidak dianggarkan setelah perubahan APBD 2023.'
        prog['kegiatan'].append(keg)
    if all(s['years']['2023']['paguPerubahan'] == 0 for kk in prog['kegiatan'] for s in kk['subKegiatan']):
        prog['note'] = 'Hanya ada di anggaran awal (murni); tidak dianggarkan lagi setelah perubahan APBD 2023 (Tabel 3.7 mencetak "-").'
    else:
        prog.pop('note', None)
    programs.append(prog)
assert not OUTPUTS, OUTPUTS
assert applied == {'C2', 'C3'}, applied

subs_all = [s for p in programs for k in p['kegiatan'] for s in k['subKegiatan']]
funded_subs = [s for s in subs_all if s['years']['2023']['paguPerubahan'] > 0]
funded_keg = [k for p in programs for k in p['kegiatan'] if any(s['years']['2023']['paguPerubahan'] > 0 for s in k['subKegiatan'])]
funded_prog = [p for p in programs if any(s['years']['2023']['paguPerubahan'] > 0 for k in p['kegiatan'] for s in k['subKegiatan'])]
assert (len(funded_prog), len(funded_keg), len(funded_subs)) == (4, 10, 25), (len(funded_prog), len(funded_keg), len(funded_subs))
tot_perubahan = sum(s['years']['2023']['paguPerubahan'] for s in subs_all)
tot_real = sum(s['years']['2023']['realisasi'] for s in subs_all)
tot_murni = sum(s['years']['2023']['paguMurni'] for s in subs_all) + sum(
    k.get('unitemized', {}).get('2023', {}).get('paguMurni', 0) for p in programs for k in p['kegiatan'])
assert (tot_murni, tot_perubahan, tot_real) == (7203419945, 6737357519, 6420276477), (tot_murni, tot_perubahan, tot_real)
# The corrected kegiatan 1.06.01.2.01 realisation (fixture #1) is a derived total: check it.
k0101 = next(k for p in programs for k in p['kegiatan'] if k['code'] == '1.06.01.2.01')
assert sum(s['years']['2023']['realisasi'] for s in k0101['subKegiatan']) == 8947000
# Every kegiatan/program total printed in Tabel 3.7 equals the sum of its (corrected) sub kegiatan,
# except the two typing errors (#1 realisasi 8.974.000) and the missing original-budget row (#3).
for p in ex['budget']['items']:
    for k in p['children']:
        tree = next(kk for pp in programs for kk in pp['kegiatan'] if kk['code'] == k['code'])
        for f_ex, f in (('pagu', 'paguPerubahan'), ('realisasi', 'realisasi')):
            printed = 0 if k[f_ex] == 0 else rp(k[f_ex])
            ours = sum(s['years']['2023'][f] for s in tree['subKegiatan'])
            if (k['code'], f_ex) == ('1.06.01.2.01', 'realisasi'):
                assert printed == 8974000 and ours == 8947000
            else:
                assert printed == ours, (k['code'], f_ex, printed, ours)

on_line('Belanja Pegawai Rp. 2.604.863.824', 1197)
on_line('Belanja Modal Rp 41.250.000', 1197)
budget_tree = {
    'currency': 'IDR',
    'programs': programs,
    'controlTotals': {'2023': {'paguMurni': 7203419945, 'paguPerubahan': 6737357519, 'realisasi': 6420276477,
                               'lines': [81, 83, 427, 1187, 1197, 1268]}},
    'spendingByType': {'2023': {
        'items': [
            {'type': 'pegawai', 'amount': 2604863824},
            {'type': 'barang_jasa', 'amount': 1659743695},
            {'type': 'bantuan_sosial', 'amount': 2431500000},
            {'type': 'modal', 'amount': 41250000},
        ],
        'lines': [1197],
        'note': 'Rincian pagu perubahan per jenis belanja seperti dicetak di Kesimpulan (L1197); jumlahnya tepat 6.737.357.519. Laporan tidak memberi jenis belanja per sub kegiatan, jadi spendingType per baris tidak diisi. Belanja Modal 41.250.000 tidak dapat diperiksa: satu-satunya sub kegiatan modal yang tampak (Pengadaan Peralatan dan Mesin) 4.250.000 (inkonsistensi fixture #23); angka dicetak dipertahankan.',
    }},
    'note': 'Pohon anggaran 2023 dari Tabel 3.7 (L1121-1187) lewat examples/lkjip-2023-limapuluhkota.json (kode Permendagri 90/2019 yang sama). Nilai hanya disimpan di sub kegiatan; total kegiatan, program dan persentase dihitung produk. Baris yang hanya ada di anggaran awal (2 program, 3 kegiatan, 12 sub kegiatan) disimpan dengan paguPerubahan 0, realisasi 0, fisik null. Persentase fisik kegiatan (termasuk 99,86 % kegiatan 1.06.06.2.01 di L1177, inkonsistensi #4) tidak disimpan. Nama: awalan "Kegiatan"/"Sub Kegiatan" dibuang, ejaan diperbaiki (koreksi C9-C12).',
}

# ---------------------------------------------------------------------------
# Renstra, indicators, PK, realisations
# ---------------------------------------------------------------------------

on_line('Mewujudkan Pemerlu Pelayanan Kesejahteraan Sosial yang Mandiri dan Bermartabat', 333)
misi_a = ex_('Meningkatkan jaminan pemenuhan kebutuhan dasar pemberdayaan sosial, rehabilitasi sosial, perlindungan dan jaminan sosial bagi Pemerlu Pelayanan Kesejahteraan Sosial (PPKS).', [352, 354])
misi_b = line_text(356)
misi_c = line_text(357)
for m in (misi_b, misi_c):
    m['text'] = re.sub(r'^[bc]\. ', '', m['text'])


def target(year, value, source, lines, note=None):
    t = {'year': year, 'value': value, 'source': source, 'lines': lines}
    if note:
        t['note'] = note
    return t


PK_SRC = 'Perubahan Perjanjian Kinerja 2023 (Tabel 2.1 dan Lampiran); sama dengan Tabel 3.2'
ss1_1 = {
    'id': 'SS1.1',
    'name': 'Persentase Pelayanan terhadap Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)',
    'otherNamesPrinted': [{'text': 'persentase Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) yang diberdayakan', 'lines': [481]}],
    'definition': ex_('Pemerlu Pelayanan Kesejahteraan Sosial yang selanjutnya disebut PPKS adalah perseorangan, keluarga, kelompok, dan atau masyarakat yang karena suatu hambatan, kesulitan, atau gangguan, tidak dapat melaksanakan fungsi sosialnya, sehingga tidak dapat terpenuhi kebutuhan hidupnya baik jasmani, rohani, maupun sosial secara memadai dan wajar.', [489]),
    'formula': None,
    'formulaNote': 'Rumus tidak dicetak. Penyebut tersirat: jumlah PPKS 267.172 orang (pendataan PPKS 2023, L491/L1201); pembilang "PPKS yang terlayani dan diberdayakan" (L1201) tidak diberikan, sehingga realisasi 74,53 % tidak dapat dihitung ulang dari data laporan (inkonsistensi #27).',
    'unit': '%',
    'polarity': 'positive',
    'periodAggregation': 'stock',
    'periodAggregationNote': 'Persentase s.d. periode (kumulatif penerima layanan dibagi jumlah PPKS): nilai tahunan = nilai periode terakhir. Laporan hanya mencetak nilai tahunan.',
    'dataSource': ex_('Sumber data dari pendataan PPKS Tahun 2023 Dinas Sosial Kabupaten Lima Puluh Kota', [491]),
    'iku': True,
    'ikuLines': [130, 363, 481],
    'baseline': {'year': 2021, 'value': 50, 'lines': [479, 481],
                 'note': 'L481 menyebut 50 % "kondisi awal RPJMD ... target awal RPJMD"; tahun tidak dicetak, diasumsikan awal periode RPJMD/Renstra (2021). Nilai ini bertentangan dengan realisasi 2019-2021 pada baris yang sama (79,96 / 83,66 / 95 %) — inkonsistensi #26.'},
    'rpjmdColumn': {'label': 'Target Awal RPJMD', 'value': 50, 'lines': [479], 'note': 'Kolom Tabel 3.3; ditafsirkan sebagai kondisi awal (baseline), bukan target akhir.'},
    'targets': [
        target(2021, 80, 'Teks analisis LKjIP 2023', [481]),
        target(2022, 72, 'Tabel 3.3', [479, 481]),
        target(2023, 74, PK_SRC, [374, 460, 479, 1258]),
    ],
    'historicalTargets': [
        target(2019, 70, 'Teks analisis LKjIP 2023', [481], 'Sebelum periode Renstra 2021-2026 (rencana periode sebelumnya).'),
        target(2020, 75, 'Teks analisis LKjIP 2023', [481], 'Sebelum periode Renstra 2021-2026 (rencana periode sebelumnya).'),
    ],
    'endTarget': None,
    'endTargetNote': 'Laporan tidak mencetak target akhir Renstra (2026) untuk indikator mana pun (fixture renstra.renstra_end_targets_note).',
}
ss2_1 = {
    'id': 'SS2.1',
    'name': 'Persentase Potensi Sumber Kesejahteraan Sosial (PSKS) yang berperan aktif dalam penyelenggaraan kesejahteraan sosial',
    'otherNamesPrinted': [],
    'definition': ex_('Potensi dan Sumber Kesejahteraan Sosial yang selanjutnya disebut PSKS adalah perseorangan, keluarga, kelompok, dan/atau masyarakat yang dapat berperan serta untuk menjaga, menciptakan, mendukung, dan memperkuat penyelenggaraan kesejahteraan sosial.', [959]),
    'formula': None,
    'formulaNote': 'Rumus tidak dicetak. Tabel 3.5 (L961-971) hanya memuat jumlah PSKS dalam satuan campuran (orang, nagari, lembaga); pembilang/penyebut tidak diberikan.',
    'unit': '%',
    'polarity': 'positive',
    'periodAggregation': 'stock',
    'periodAggregationNote': 'Persentase pada akhir periode; nilai tahunan = nilai periode terakhir.',
    'dataSource': None,
    'dataSourceNote': 'Sumber data tidak dicetak.',
    'iku': True,
    'ikuLines': [131, 363],
    'baseline': None,
    'rpjmdColumn': {'label': 'Target RPJMD', 'value': 95, 'lines': [951], 'note': 'Makna kolom tidak jelas (kondisi awal atau target); tidak dipakai sebagai baseline maupun target akhir (inkonsistensi #26).'},
    'targets': [
        target(2022, 95, 'Tabel 3.4', [951]),
        target(2023, 95, PK_SRC, [375, 461, 951, 1259]),
    ],
    'historicalTargets': [],
    'endTarget': None,
    'endTargetNote': 'Laporan tidak mencetak target akhir Renstra (2026).',
}
ss3_1 = {
    'id': 'SS3.1',
    'name': 'Nilai AKIP',
    'otherNamesPrinted': [{'text': 'Nilai Akuntabilitas Kinerja Dinas Sosial', 'lines': [1060]}],
    'definition': ex_('Akuntabilitas Kinerja Instansi Pemerintah adalah perwujudan kewajiban satu instansi pemerintah untuk mempertanggungjawabkan keberhasilan dan kegagalan pelaksanaan misi organisasi dalam mencapai sasaran dan tujuan yang telah ditetapkan melalui sistem pertanggung jawaban secara periodik.', [1064]),
    'formula': None,
    'formulaNote': 'Nilai hasil evaluasi AKIP oleh Inspektorat (skala 0-100, PermenPANRB 88/2021); rumus/komponen tidak dicetak.',
    'unit': 'nilai',
    'polarity': 'positive',
    'periodAggregation': 'stock',
    'periodAggregationNote': 'Satu nilai evaluasi per tahun.',
    'dataSource': ex_('nilai akuntabilitas Kinerja Dinas Sosial yang di nilai oleh Inspektorat Kabupaten Lima Puluh Kota', [1064]),
    'iku': True,
    'ikuLines': [132, 363],
    'baseline': None,
    'rpjmdColumn': {'label': 'Target RPJMD', 'value': 50, 'lines': [1052], 'note': 'Lebih rendah dari target tahunan 65, jadi kemungkinan kondisi awal; maknanya tidak dicetak (inkonsistensi #26).'},
    'targets': [
        target(2022, 65, 'Tabel 3.6', [1052]),
        target(2023, 65, PK_SRC, [376, 464, 1052, 1260]),
    ],
    'historicalTargets': [],
    'endTarget': None,
    'endTargetNote': 'Laporan tidak mencetak target akhir Renstra (2026).',
}
ss3_2 = {
    'id': 'SS3.2',
    'name': 'Nilai IKM',
    'otherNamesPrinted': [],
    'definition': ex_('Indeks Kepuasan Masyarakat adalah hasil pengukuran dari kegiatan Survei Kepuasan Masyarakat berupa angka.', [1087]),
    'formula': None,
    'formulaNote': 'Tidak dicetak; laporan hanya menyebut skala unsur 1-4 (L1087). Menurut PermenPANRB 14/2017: IKM = rata-rata nilai unsur × 25 (inkonsistensi #11).',
    'unit': 'nilai',
    'polarity': 'positive',
    'periodAggregation': 'average',
    'periodAggregationNote': 'Bila survei dilakukan lebih dari sekali setahun, nilai tahunan = rata-rata. Laporan 2023 memuat satu survei (Juli-September).',
    'dataSource': ex_('hasil SKM Dinas Sosial … responden sebanyak 150 orang', [1107]),
    'iku': True,
    'ikuLines': [132, 363],
    'baseline': None,
    'rpjmdColumn': {'label': 'Target RPJMD', 'value': 85, 'lines': [1054], 'note': 'Makna kolom tidak jelas (inkonsistensi #26).'},
    'targets': [
        target(2022, 85, 'Tabel 3.6', [1054]),
        target(2023, 85, PK_SRC, [377, 465, 1054, 1261], 'Lampiran PK mencetak ".85" (L1261); dibaca 85 seperti Tabel 2.1 (koreksi C4).'),
    ],
    'historicalTargets': [],
    'endTarget': None,
    'endTargetNote': 'Laporan tidak mencetak target akhir Renstra (2026).',
}
ss3_3 = {
    'id': 'SS3.3',
    'name': 'Nilai IRB',
    'otherNamesPrinted': [],
    'definition': None,
    'formula': None,
    'formulaNote': 'Indeks Reformasi Birokrasi; tidak didefinisikan dalam laporan.',
    'unit': 'nilai',
    'polarity': 'positive',
    'periodAggregation': 'stock',
    'periodAggregationNote': 'Satu nilai per tahun.',
    'dataSource': None,
    'dataSourceNote': 'Sumber data tidak dicetak.',
    'iku': False,
    'ikuLines': [1053],
    'baseline': None,
    'rpjmdColumn': {'label': 'Target RPJMD', 'value': 16.35, 'lines': [1053], 'note': 'Makna kolom tidak jelas (inkonsistensi #26).'},
    'targets': [target(2022, 16.5, 'Tabel 3.6', [1053])],
    'historicalTargets': [],
    'endTarget': None,
    'endTargetNote': 'Laporan tidak mencetak target akhir Renstra (2026).',
    'note': 'Hanya di Tabel 3.6 (sasaran III) untuk 2022; tidak masuk PK 2023 (Tabel 3.6 mencetak "-" untuk 2023). Tidak disebut IKU.',
}

renstra = {
    'name': 'Renstra Dinas Sosial Kabupaten Lima Puluh Kota 2021-2026',
    'period': {'start': 2021, 'end': 2026},
    'lines': [32, 81, 325],
    'visi': ex_('Mewujudkan Pemerlu Pelayanan Kesejahteraan Sosial yang Mandiri dan Bermartabat', [333]),
    'misi': [
        {'id': 'MISI-A', **misi_a},
        {'id': 'MISI-B', **misi_b},
        {'id': 'MISI-C', **misi_c},
    ],
    'tujuan': [],
    'tujuanNote': 'Laporan tidak mencetak tujuan Renstra; hanya misi/tujuan/sasaran RPJMD yang didukung (L309).',
    'sasaran': [
        {'id': 'SS1', 'name': 'Meningkatnya Pelayanan terhadap Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)',
         'rpjmdSasaranIds': ['RPJMD-S-PPKS'], 'lines': [374, 460, 473, 1258], 'indikator': [ss1_1]},
        {'id': 'SS2', 'name': 'Meningkatnya Peran Aktif Potensi Sumber Kesejahteraan Sosial (PSKS) Dalam Penyelenggaraan Kesejahteraan Sosial',
         'rpjmdSasaranIds': ['RPJMD-S-PPKS'],
         'rpjmdLinkNote': 'Asumsi: laporan tidak memasangkan sasaran ini dengan sasaran RPJMD; PSKS berperan dalam penanganan PPKS (misi b Renstra, L356).',
         'lines': [375, 461, 945, 1259], 'indikator': [ss2_1]},
        {'id': 'SS3', 'name': 'Meningkatnya Kualitas dan Kuantitas Kinerja dan Pelayanan Perangkat Daerah',
         'rpjmdSasaranIds': ['RPJMD-S-KINERJA', 'RPJMD-S-PELAYANAN'],
         'rpjmdLinkNote': 'L309 menyebut dua sasaran Misi ke-4 tanpa memasangkannya; Nilai AKIP mendukung kinerja penyelenggaraan pemerintahan, Nilai IKM kualitas pelayanan publik.',
         'lines': [376, 377, 464, 1046, 1260], 'indikator': [ss3_1, ss3_2, ss3_3]},
    ],
    'programs': [
        {'sasaranId': 'SS1', 'programCode': '1.06.04',
         'subKegiatanCodes': ['1.06.04.2.01.0005', '1.06.04.2.01.0006', '1.06.04.2.01.0008', '1.06.04.2.02.0007', '1.06.04.2.02.0010'],
         'basis': 'stated', 'lines': [550, 576, 601, 635, 669, 705, 762, 826, 842, 862, 891]},
        {'sasaranId': 'SS1', 'programCode': '1.06.06', 'subKegiatanCodes': ['1.06.06.2.01.0001'], 'basis': 'stated', 'lines': [933]},
        {'sasaranId': 'SS2', 'programCode': '1.06.04', 'subKegiatanCodes': ['1.06.04.2.02.0010'], 'basis': 'stated', 'lines': [1042],
         'note': 'Sub kegiatan yang sama juga mendukung SS1 (RTLH, L891): alokasi anggaran tidak boleh dihitung ganda.'},
        {'sasaranId': 'SS2', 'programCode': '1.06.06', 'subKegiatanCodes': ['1.06.06.2.01.0005'], 'basis': 'stated', 'lines': [1044], 'note': 'TAGANA.'},
        {'sasaranId': 'SS3', 'programCode': '1.06.01', 'subKegiatanCodes': [], 'basis': 'assumed', 'lines': [1126],
         'note': 'Asumsi: laporan tidak menyebut program pendukung sasaran III; Program Penunjang Urusan Pemerintahan Daerah lazimnya mendukung kinerja dan pelayanan perangkat daerah.'},
    ],
    'programsNote': 'Peta sasaran → program/sub kegiatan sesuai kalimat "Program yang mendukung ..." di BAB III. Program Pengelolaan Taman Makam Pahlawan (1.06.07) dan sub kegiatan 1.06.04.2.01.0012 (Layanan Rujukan) serta 1.06.06.2.01.0004 (Kelompok Rentan) tidak dikaitkan dengan sasaran mana pun oleh laporan, jadi tidak dipetakan.',
}
INDIKATOR = {i['id']: i for s in renstra['sasaran'] for i in s['indikator']}

on_line('Payakumbuh, November 2023', 1236)
on_line('.85', 1261)
pk_items = [
    {'sasaranId': 'SS1', 'indikatorId': 'SS1.1', 'target': 74, 'targetPrinted': '74%', 'lines': [374, 1258]},
    {'sasaranId': 'SS2', 'indikatorId': 'SS2.1', 'target': 95, 'targetPrinted': '95%', 'lines': [375, 1259]},
    {'sasaranId': 'SS3', 'indikatorId': 'SS3.1', 'target': 65, 'targetPrinted': '65', 'lines': [376, 1260]},
    {'sasaranId': 'SS3', 'indikatorId': 'SS3.2', 'target': 85, 'targetPrinted': '.85', 'lines': [377, 1261],
     'note': 'Lampiran mencetak ".85" (L1261); Tabel 2.1 mencetak "85" (L377) dan Tabel 3.2 memakai 85 (koreksi C4).'},
]
lp = fx['perjanjian_kinerja']['lampiran_pk']
PROGRAM_CODE_BY_NO = {1: '1.06.01', 2: '1.06.04', 3: '1.06.06', 4: '1.06.07'}
pk_budgets = [{'programCode': PROGRAM_CODE_BY_NO[r['no']], 'pagu': r['value'], 'lines': [r['line']]} for r in lp['programs']]
assert sum(b['pagu'] for b in pk_budgets) == 6737357519
perjanjian = {
    'documents': [{
        'id': 'PK-2023-PERUBAHAN',
        'year': 2023,
        'version': 'perubahan',
        'title': 'Perubahan Perjanjian Kinerja Kepala Dinas Sosial Tahun Anggaran 2023',
        'signedAt': {'date': '2023-11-01', 'precision': 'month', 'printed': 'Payakumbuh, November 2023', 'lines': [1236, 1274],
                     'note': 'Tanggal (hari) tidak dicetak; disimpan tanggal 1 dengan presisi bulan.'},
        'pihakPertama': {'name': head['name'], 'nip': head['nip'], 'rank': head['rank'], 'title': head['title'],
                         'lines': [1222, 1223, 1246, 1247, 1249, 1250],
                         'note': 'Pangkat tidak dicetak di PK; diambil dari Kata Pengantar (L46).'},
        'pihakKedua': {'name': regional_head['name'], 'title': regional_head['title'], 'lines': [1227, 1228, 1240, 1242, 1270, 1272]},
        'items': pk_items,
        'programBudgets': pk_budgets,
        'lines': [365, 377, 1218, 1277],
        'note': 'Tabel 2.1 (L365-377) dan Lampiran (L1218-1277) memuat PK Perubahan yang sama; pagu program dari Lampiran (L1263-1268), sama dengan Tabel 2.2 dan kolom Anggaran Perubahan Tabel 3.7.',
    }],
    'note': 'PK awal (murni) 2023 tidak dimuat dalam laporan: Tabel 2.1 dan lampirannya berjudul PERUBAHAN PERJANJIAN KINERJA (L366, L1218, L1252). Karena target PK awal tidak dicetak, bundle tidak membuat dokumen "original".',
}


def real(ind, year, value, lines, note=None):
    r = {'indikatorId': ind, 'year': year, 'period': 'year', 'value': value, 'lines': lines}
    if note:
        r['note'] = note
    return r


SCORE_NOTE = 'Dicetak "{p}" padahal nilai (skor 0-100), bukan persen; disimpan sebagai nilai {v} (koreksi {c}, inkonsistensi #9).'
realisations = [
    real('SS1.1', 2019, 79.96, [481], 'Tahun sebelum periode Renstra; dari teks analisis.'),
    real('SS1.1', 2020, 83.66, [481], 'Tahun sebelum periode Renstra; dari teks analisis.'),
    real('SS1.1', 2021, 95, [481]),
    real('SS1.1', 2022, 78, [479, 481]),
    real('SS1.1', 2023, 74.53, [460, 479, 481, 1201]),
    real('SS2.1', 2022, 95, [951]),
    real('SS2.1', 2023, 95, [461, 951, 1201]),
    real('SS3.1', 2022, 71.16, [1052]),
    real('SS3.1', 2023, 72.95, [464, 1052, 1064, 1203], SCORE_NOTE.format(p='72,95 %', v='72,95', c='C5')),
    real('SS3.3', 2022, 29.31, [1053]),
    real('SS3.2', 2022, 86.19, [1054]),
    real('SS3.2', 2023, 87.84, [465, 1054, 1107, 1203], SCORE_NOTE.format(p='87,84 %', v='87,84', c='C6')),
]
# Cross-check against the fixture's measurement table and multi-year tables.
m = {r['indikator'].split()[0]: r for r in fx['tabel_3_2_measurement']['rows']}
assert m['IK1']['realisasi'] == 74.53 and m['IK2']['realisasi'] == 95 and m['IK3']['realisasi'] == 72.95 and m['IK4']['realisasi'] == 87.84
assert [s['realisasi'] for s in fx['multi_year']['ppks_series_text']['series'][1:]] == [79.96, 83.66, 95, 78, 74.53]

# ---------------------------------------------------------------------------
# SDM
# ---------------------------------------------------------------------------

t11 = fx['sdm']['tabel_1_1_jabatan']
t12 = fx['sdm']['tabel_1_2_pendidikan']
GROUP = {'Eselon': 'eselon', 'Sub Koordinator': 'sub_koordinator', 'Pelaksana': 'pelaksana'}
sdm = {
    'year': 2023,
    'totals': {'pns': 39, 'kontrak': 7, 'lines': [231, 259, 265],
               'note': 'L231 menyebut "39 ASN"; Tabel 1.2 menyebutnya "Jumlah PNS" (L259). Tenaga kontrak = "Tenaga Kontrak Biasa"/THL.'},
    'structural': {'kepalaDinas': 1, 'sekretaris': 1, 'kepalaBidang': 3, 'kasubag': 1, 'subKoordinator': 7, 'lines': [231],
                   'note': 'Struktur organisasi memuat 10 unit sub-substansi (L160-201) tetapi hanya 7 sub koordinator (L231, L242): sebagian unit tanpa pejabat atau dirangkap.'},
    'byPosition': [{'group': GROUP[r['group']], 'category': 'Eselon ' + r['kategori'] if r['group'] == 'Eselon' else r['kategori'],
                    'count': r['value'], 'lines': [r['line']]} for r in t11['rows']],
    'byEducation': {
        'pns': [{'category': r['pendidikan'], 'count': r['value'], 'lines': [r['line']]} for r in t12['pns']],
        'kontrak': [{'category': r['pendidikan'], 'count': r['value'], 'lines': [r['line']]} for r in t12['tenaga_kontrak_biasa']],
    },
    'byRank': None,
    'byRankNote': 'Tidak dicetak lengkap: Tabel 1.1 memberi golongan hanya untuk pelaksana (Gol. III 18, Gol. II 3; L244-245); golongan pejabat struktural, sub koordinator dan fungsional umum tidak dicetak.',
    'byGender': None,
    'byGenderNote': 'Jenis kelamin pegawai tidak dicetak.',
    'training': ex_('Diklat Fungsional, Diklat Pim IV dan Diklat Pengadaan Barang dan Jasa', [267]),
}
for r in sdm['byPosition']:
    on_line(str(r['count']) + ' orang', r['lines'][0])

# ---------------------------------------------------------------------------
# Social welfare
# ---------------------------------------------------------------------------

PPKS = [  # slug, standard label (Permensos 8/2012)
    ('anak_balita_telantar', 'Anak Balita Telantar'),
    ('anak_telantar', 'Anak Telantar'),
    ('anak_berhadapan_dengan_hukum', 'Anak yang Berhadapan dengan Hukum'),
    ('anak_jalanan', 'Anak Jalanan'),
    ('anak_dengan_disabilitas', 'Anak dengan Disabilitas'),
    ('anak_korban_kekerasan', 'Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah'),
    ('anak_memerlukan_perlindungan_khusus', 'Anak yang Memerlukan Perlindungan Khusus'),
    ('lanjut_usia_telantar', 'Lanjut Usia Telantar'),
    ('penyandang_disabilitas', 'Penyandang Disabilitas'),
    ('tuna_susila', 'Tuna Susila'),
    ('gelandangan', 'Gelandangan'),
    ('pengemis', 'Pengemis'),
    ('pemulung', 'Pemulung'),
    ('kelompok_minoritas', 'Kelompok Minoritas'),
    ('bekas_warga_binaan_pemasyarakatan', 'Bekas Warga Binaan Lembaga Pemasyarakatan'),
    ('odha', 'Orang dengan HIV/AIDS (ODHA)'),
    ('korban_napza', 'Korban Penyalahgunaan NAPZA'),
    ('korban_perdagangan_orang', 'Korban Perdagangan Orang'),
    ('korban_tindak_kekerasan', 'Korban Tindak Kekerasan'),
    ('pekerja_migran_bermasalah_sosial', 'Pekerja Migran Bermasalah Sosial'),
    ('korban_bencana_alam', 'Korban Bencana Alam'),
    ('korban_bencana_sosial', 'Korban Bencana Sosial'),
    ('perempuan_rawan_sosial_ekonomi', 'Perempuan Rawan Sosial Ekonomi'),
    ('fakir_miskin', 'Fakir Miskin'),
    ('keluarga_bermasalah_sosial_psikologis', 'Keluarga Bermasalah Sosial Psikologis'),
    ('komunitas_adat_terpencil', 'Komunitas Adat Terpencil'),
]
categories = []
for (slug, label), printed in zip(PPKS, fx['ppks']['pmks_types_26']):
    on_line(printed['name'], printed['line'])
    categories.append({'no': printed['no'], 'slug': slug, 'label': label, 'labelPrinted': printed['name'].rstrip('.'), 'lines': [printed['line']]})

PSKS_TYPE = {1: ('pekerja_sosial_profesional', 'Pekerja Sosial Profesional'), 2: ('pekerja_sosial_masyarakat', 'Pekerja Sosial Masyarakat (PSM)'),
             3: ('tksk', 'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)'), 4: ('karang_taruna', 'Karang Taruna'),
             5: ('tagana', 'Taruna Siaga Bencana (TAGANA)'), 6: ('lk3', 'Lembaga Konsultasi Kesejahteraan Keluarga (LK3)'),
             8: ('lks', 'Lembaga Kesejahteraan Sosial (LKS)')}
psks_rows = []
for r in fx['psks']['tabel_3_5']['rows']:
    slug, label = PSKS_TYPE[int(r['no'])]
    printed = r['jenis'].replace(' [sic]', '')
    on_line(printed, r['line'])
    psks_rows.append({'type': slug, 'label': label, 'labelPrinted': printed, 'count': r['value'], 'unit': r['unit'], 'lines': [r['line']]})

A = {a['id']: a for a in fx['ppks']['assistance']}


def rows_kec(items, key='value'):
    return [{'kecamatan': kec(i['kecamatan']), 'recipients': i[key]} for i in items]


lansia = A['permakanan_lansia']
assistance = [
    {'id': 'permakanan-lansia-2023', 'program': 'permakanan', 'label': 'Permakanan lanjut usia terlantar dan lanjut usia tidak potensial',
     'categories': ['lanjut_usia_telantar'], 'year': 2023, 'funding': 'apbd', 'target': 924, 'recipients': 896, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0008'],
     'byKecamatan': [{'kecamatan': kec(r['kecamatan']), 'recipients': r['jumlah'], 'male': r['L'], 'female': r['P']} for r in lansia['by_kecamatan']['rows']],
     'lines': [529, 531, 533, 548, 552],
     'note': 'L531 mencetak "30 orang tidak lolos verifikasi" padahal 924 - 896 = 28 (inkonsistensi #6). Nilai bantuan per penerima tidak dicetak; anggaran sub kegiatan (1.158.561.814) juga dipakai untuk kegiatan lain (#19).'},
    {'id': 'permakanan-lansia-2022', 'program': 'permakanan', 'label': 'Permakanan lanjut usia terlantar (2022)',
     'categories': ['lanjut_usia_telantar'], 'year': 2022, 'funding': 'apbd', 'target': 263, 'recipients': 263, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': [], 'byKecamatan': None, 'lines': [550],
     'note': 'Pembanding di L550. "Kenaikan 29,35 %" salah rumus: (896 - 263) / 263 = 240,68 % (inkonsistensi #7). Sub kegiatan 2022 tidak dicetak.'},
    {'id': 'alat-bantu-lansia-2023', 'program': 'alat_bantu', 'label': 'Alat bantu lanjut usia (tongkat tiga/empat kaki, alat bantu dengar, kursi roda)',
     'categories': ['lanjut_usia_telantar'], 'year': 2023, 'funding': 'apbd', 'target': 27, 'recipients': 27, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': [],
     'byKecamatan': [
         {'kecamatan': 'Akabiluru', 'recipients': 4},
         {'kecamatan': 'Bukik Barisan', 'recipients': 2, 'note': 'Dicetak "Bulit Barisan" (koreksi C8).'},
         {'kecamatan': None, 'recipients': 6, 'note': 'Nama kecamatan tidak tercetak ("Kecamatan 6 orang", L562; inkonsistensi #18).'},
         {'kecamatan': 'Gunuang Omeh', 'recipients': 7},
         {'kecamatan': 'Harau', 'recipients': 2},
         {'kecamatan': 'Kapur IX', 'recipients': 5},
         {'kecamatan': 'Lareh Sago Halaban', 'recipients': 1},
     ],
     'lines': [558, 560, 562],
     'note': 'Sub kegiatan pendukung tidak disebut.'},
    {'id': 'pendampingan-abh-2023', 'program': 'lainnya', 'label': 'Pendampingan dan advokasi anak berhadapan dengan hukum (ABH)',
     'categories': ['anak_berhadapan_dengan_hukum'], 'year': 2023, 'funding': 'apbd', 'target': 50, 'recipients': 50, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0006'], 'byKecamatan': None, 'lines': [574, 576, 578]},
    {'id': 'alat-bantu-disabilitas-2023', 'program': 'alat_bantu', 'label': 'Alat bantu penyandang disabilitas',
     'categories': ['penyandang_disabilitas'], 'year': 2023, 'funding': 'apbd', 'target': 15, 'recipients': 15, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0005'], 'byKecamatan': rows_kec(A['alat_bantu_disabilitas']['by_kecamatan']), 'lines': [592, 594, 599, 601]},
    {'id': 'uep-disabilitas-2023', 'program': 'uep', 'label': 'Usaha Ekonomi Produktif (UEP) penyandang disabilitas',
     'categories': ['penyandang_disabilitas'], 'year': 2023, 'funding': 'apbd', 'target': 5, 'recipients': 5, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0005'],
     'byKecamatan': [
         {'kecamatan': 'Lareh Sago Halaban', 'recipients': 3, 'detail': 'Kebun Jagung, Ternak Kambing, Kebun Buah'},
         {'kecamatan': 'Payakumbuh', 'recipients': 1, 'detail': 'Kedai Harian', 'note': 'Jumlah tersirat (1), tidak dicetak.'},
         {'kecamatan': 'Guguak', 'recipients': 1, 'detail': 'Ternak Kambing', 'note': 'Dicetak "Kec. Guguk"; jumlah tersirat (1).'},
     ],
     'lines': [609, 611]},
    {'id': 'permakanan-disabilitas-2023', 'program': 'permakanan', 'label': 'Permakanan penyandang disabilitas',
     'categories': ['penyandang_disabilitas'], 'year': 2023, 'funding': 'apbd', 'target': 50, 'recipients': 50, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0008'], 'byKecamatan': rows_kec(A['permakanan_disabilitas']['by_kecamatan']), 'lines': [619, 621, 633, 635]},
    {'id': 'aksesibilitas-disabilitas-2023', 'program': 'lainnya', 'label': 'Aksesibilitas (pengiriman) penyandang disabilitas ke panti rehabilitasi sosial',
     'categories': ['penyandang_disabilitas'], 'year': 2023, 'funding': 'apbd', 'target': 5, 'recipients': 5, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0005'], 'byKecamatan': None, 'lines': [643, 649],
     'note': 'Panti tujuan: LKS Pelita Jiwa Insani Padang, PSBN Tuah Sakato Padang, Sentra Abiseka Pekanbaru, BBPPKS Kemensos RI (Kampus II) Padang, PSBG "Harapan Ibu" Padang.'},
    {'id': 'permakanan-anak-terlantar-2023', 'program': 'permakanan', 'label': 'Permakanan anak terlantar',
     'categories': ['anak_telantar'], 'year': 2023, 'funding': 'apbd', 'target': 10, 'recipients': 10, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0008'], 'byKecamatan': rows_kec(A['permakanan_anak_terlantar']['by_kecamatan']), 'lines': [667, 669]},
    {'id': 'alat-bantu-anak-terlantar-2023', 'program': 'alat_bantu', 'label': 'Alat bantu anak terlantar',
     'categories': ['anak_telantar'], 'year': 2023, 'funding': 'apbd', 'target': 5, 'recipients': 5, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0005'],
     'byKecamatan': [{'kecamatan': kec(r['kecamatan']), 'recipients': r['value'], 'detail': r['alat'].rstrip('.')} for r in A['alat_bantu_anak_terlantar']['table']['rows']],
     'lines': [679, 681, 686, 688]},
    {'id': 'aksesibilitas-anak-terlantar-2023', 'program': 'lainnya', 'label': 'Aksesibilitas (pengiriman) anak terlantar ke panti rehabilitasi sosial',
     'categories': ['anak_telantar'], 'year': 2023, 'funding': 'apbd', 'target': 20, 'recipients': 20, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0008'], 'byKecamatan': None, 'lines': [696, 698, 700, 701, 702, 703, 705],
     'note': 'Per panti: Sentra Abiseka Pekanbaru 1, BBPPKS Padang 1, PSBR Lubuak Alung 12, PSBR "Harapan" Padang Panjang 3, PSA Tri Murni Padang Panjang 3. Rincian per kecamatan tidak lengkap (L702-703 menyebut kecamatan tanpa jumlah; "Kec. Kapur I"), jadi byKecamatan tidak diisi.'},
    {'id': 'sembako-2023', 'program': 'sembako_bpnt', 'label': 'Program Sembako (Bantuan Pangan Non Tunai)',
     'categories': ['fakir_miskin'], 'year': 2023, 'funding': 'apbn', 'target': None, 'recipients': 36274, 'unit': 'kpm', 'value': None,
     'benefitRates': [{'component': 'per KPM', 'rupiah': 200000, 'per': 'bulan'}],
     'subKegiatanCodes': ['1.06.04.2.02.0007'],
     'byKecamatan': rows_kec(A['program_sembako_bpnt']['by_kecamatan']['rows']), 'lines': [720, 739, 741, 758, 760, 762],
     'note': 'Bantuan pemerintah pusat disalurkan PT Pos Indonesia; sub kegiatan APBD hanya mendukung (L762). Tabel mencetak "Jumlah Rumah Tangga" dengan pemisah ribuan koma (1,420 …), teks menyebut KPM (inkonsistensi #16, #25; koreksi C14). Nilai total tidak dicetak.'},
    {'id': 'pkh-2023', 'program': 'pkh', 'label': 'Program Keluarga Harapan (PKH)',
     'categories': ['fakir_miskin'], 'year': 2023, 'funding': 'apbn', 'target': None, 'recipients': 22950, 'unit': 'kpm', 'value': None,
     'benefitRates': [{'component': c['komponen'], 'rupiah': c['value'], 'per': None} for c in A['pkh']['component_values_per_jiwa']],
     'subKegiatanCodes': ['1.06.04.2.02.0007'],
     'byKecamatan': rows_kec(A['pkh']['by_kecamatan']['rows']), 'lines': [774, 776, 783, 804, 806, 822, 824, 826],
     'note': 'Bantuan pemerintah pusat; nilai komponen per jiwa dicetak tanpa periode (L774-783). Tabel mencetak "Jumlah RTSM", teks menyebut KPM (#25); total dicetak "22,950" (#16).'},
    {'id': 'uep-fakir-miskin-2023', 'program': 'uep', 'label': 'Usaha Ekonomi Produktif (UEP) fakir miskin',
     'categories': ['fakir_miskin'], 'year': 2023, 'funding': 'apbd', 'target': 162, 'recipients': 159, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0006'], 'byKecamatan': None, 'lines': [834, 842, 862],
     'note': '3 orang tidak memenuhi syarat karena menerima bansos lain. Penerima dari 13 kecamatan, rincian tidak dicetak. L842 menyebut beberapa sub kegiatan; L862 menunjuk Bimbingan Sosial kepada Keluarga.'},
    {'id': 'kube-2023', 'program': 'kube', 'label': 'Kelompok Usaha Bersama (KUBE) fakir miskin',
     'categories': ['fakir_miskin'], 'year': 2023, 'funding': 'apbd', 'target': None, 'recipients': 1, 'unit': 'kelompok', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.01.0006'], 'byKecamatan': None, 'lines': [854, 862],
     'note': 'KUBE Simpang Subur, Nagari Taeh Baruah, usaha sewa tenda pelaminan. Target dan kecamatan tidak dicetak.'},
    {'id': 'rtlh-2023', 'program': 'rtlh', 'label': 'Bantuan bahan material Rumah Tidak Layak Huni (RTLH) fakir miskin',
     'categories': ['fakir_miskin'], 'year': 2023, 'funding': 'apbd', 'target': 36, 'recipients': 36, 'unit': 'unit', 'value': None,
     'subKegiatanCodes': ['1.06.04.2.02.0010'], 'byKecamatan': rows_kec(A['rtlh']['by_kecamatan']), 'lines': [884, 891]},
    {'id': 'uep-wrse-ktk-2023', 'program': 'uep', 'label': 'Usaha Ekonomi Produktif (UEP) Wanita Rawan Sosial Ekonomi dan Korban Tindak Kekerasan',
     'categories': ['perempuan_rawan_sosial_ekonomi', 'korban_tindak_kekerasan'], 'year': 2023, 'funding': 'apbd', 'target': 72, 'recipients': 72, 'unit': 'orang', 'value': None,
     'subKegiatanCodes': [],
     'byKecamatan': [
         {'kecamatan': kec(loc['kecamatan']), 'recipients': sum(i['value'] for i in loc['items']),
          'nagari': [{k: v for k, v in (('nagari', i['nagari']), ('jorong', i.get('jorong')), ('recipients', i['value'])) if v is not None} for i in loc['items']]}
         for loc in A['uep_wrse_ktk']['by_location']],
     'lines': [905, 907, 908, 909, 910, 911, 912, 913, 915, 916],
     'note': 'Sub kegiatan pendukung tidak disebut. Rincian Harau dibaca 17 (Sarilamak) + 9 + 2 + 2 (Solok Bio-Bio) = 30 agar jumlahnya 72 (teks ambigu; fixture sum_note).'},
    {'id': 'bencana-alam-2023', 'program': 'bantuan_bencana', 'label': 'Penanganan korban bencana alam (bantuan makanan pokok, dapur umum, dukungan psikososial)',
     'categories': ['korban_bencana_alam'], 'year': 2023, 'funding': 'apbd', 'target': None, 'recipients': 812, 'unit': 'jiwa', 'events': 20, 'value': None,
     'subKegiatanCodes': ['1.06.06.2.01.0001'], 'byKecamatan': None, 'lines': [924, 926, 933],
     'note': 'Paket APBD per KK: 10 kg beras, 30 butir telur, 1 box mie instan, 7 kaleng ikan, 1 dus air mineral, 1 kg gula, 2 liter minyak goreng, 2 kotak teh celup; bantuan sandang dan peralatan dari Kementerian Sosial.'},
    {'id': 'bencana-sosial-2023', 'program': 'bantuan_bencana', 'label': 'Penanganan korban bencana sosial (kebakaran)',
     'categories': ['korban_bencana_sosial'], 'year': 2023, 'funding': 'apbd', 'target': None, 'recipients': 74, 'unit': 'jiwa', 'events': 20, 'value': None,
     'subKegiatanCodes': ['1.06.06.2.01.0001'], 'byKecamatan': None, 'lines': [924, 926, 933]},
]
for a in assistance:
    if a['byKecamatan'] is not None:
        assert sum(r['recipients'] for r in a['byKecamatan']) == a['recipients'], a['id']

social = {
    'ppks': {
        'year': 2023,
        'total': 267172,
        'source': ex_('Jumlah Data Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) di Kabupaten Lima Puluh Kota adalah 267.172 orang (Sumber data dari pendataan PPKS Tahun 2023 Dinas Sosial Kabupaten Lima Puluh Kota)', [491]),
        'categories': categories,
        'byCategory': None,
        'byCategoryNote': 'Laporan mendaftar 26 jenis PMKS (L493-521) tanpa jumlah per jenis; yang dilayani per jenis ada di socialWelfare.assistance.',
        'byKecamatan': None,
        'byKecamatanNote': 'Jumlah PPKS per kecamatan tidak dicetak.',
    },
    'psks': {
        'year': 2023,
        'yearNote': 'Tabel 3.5 tidak mencetak tahun; berada di bab capaian 2023 dan diasumsikan keadaan 2023.',
        'byType': psks_rows,
        'note': 'Tabel 3.5 (L961-971) melompat dari nomor 6 ke 8 (inkonsistensi #22); label diperbaiki dari "Pekeja" dan "Kesejaheraan" (koreksi C13). Tanpa total karena satuan campuran.',
    },
    'assistance': assistance,
}

# ---------------------------------------------------------------------------
# IKM, AKIP
# ---------------------------------------------------------------------------

sv = fx['ikm']['survey']
on_line('Bulan Juli s/d September tahun 2024', 1107)
ikm = {
    'surveys': [
        {'year': 2023, 'respondents': 150, 'elements': None,
         'elementsNote': 'Nilai per unsur (9 unsur PermenPANRB 14/2017) tidak dicetak; hanya nilai akhir.',
         'nilai': 87.84, 'mutu': 'B', 'kinerjaUnit': 'Baik',
         'profile': {
             'bySex': {'L': sv['by_sex']['L'], 'P': sv['by_sex']['P']},
             'byEducation': [{'level': 'SD', 'count': 12}, {'level': 'SLTP', 'count': 30}, {'level': 'SLTA', 'count': 94},
                             {'level': 'D-III', 'count': 2}, {'level': 'S1', 'count': 12}],
             'byService': [{'service': 'Surat keterangan DTKS', 'count': 91}, {'service': 'Reaktivasi PBI JKN', 'count': 56},
                           {'service': 'Umum', 'count': 3}],
         },
         'period': {'start': '2023-07-01', 'end': '2023-09-30', 'printed': 'Bulan Juli s/d September tahun 2024',
                    'note': 'Dicetak tahun 2024, tetapi laporan tahun 2023 ditandatangani Februari 2024 (L38): dibaca Juli-September 2023 (koreksi C7, inkonsistensi #10).'},
         'lines': [1107, 1054, 465]},
        {'year': 2022, 'respondents': None, 'elements': None, 'elementsNote': 'Hanya nilai akhir 2022 yang dicetak (Tabel 3.6).',
         'nilai': 86.19, 'mutu': None, 'kinerjaUnit': None, 'profile': None, 'period': None, 'lines': [1054],
         'note': 'Mutu 2022 tidak dicetak (dihitung produk dari skala PermenPANRB 14/2017, tidak disimpan).'},
    ],
    'relatedAssessments': [
        {'name': 'Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPP)', 'by': 'Kementerian PANRB', 'year': 2023,
         'score': 4.44, 'grade': 'A-', 'category': 'Sangat Baik', 'lines': [1109]},
        {'name': 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik', 'by': 'Ombudsman Republik Indonesia Perwakilan Sumatera Barat', 'year': 2023,
         'score': 78.87, 'grade': 'B', 'category': 'Kualitas Tinggi', 'lines': [1109]},
    ],
}
for s in ('SD 12 orang', 'SLTP 30 orang', 'SLTA 94 orang', 'DIII 2 orang', 'SI 12 orang', 'surat keterangan DTKS 91', 'reaktifasi PBI JKN 56', 'umum 3 orang', 'laki-laki 57', 'perempuan 93'):
    on_line(s, 1107)

ak = fx['akip_evaluation']
recs = []
for r in ak['recommendations']['rows']:
    fu_text = r['tindak_lanjut']
    if fu_text.startswith('Akan '):
        status, note = 'belum', 'Dicetak sebagai rencana ("Akan ...").'
    else:
        status, note = None, 'Status tindak lanjut tidak dicetak; teks dirumuskan sebagai tindakan.'
    recs.append({'no': r['no'], 'text': r['rekomendasi'], 'followUp': {'text': fu_text, 'status': status, 'note': note},
                 'lines': sorted({r['line']} | ({1079} if r['no'] == 8 else set()))})
for r in recs:
    on_line(r['text'].split(' lambat')[0][:60], r['lines'][0])
on_line('72,95 dengan predikat', 1064)
akip = {'evaluations': [
    {'year': 2023, 'evaluatedYear': 2022, 'evaluatedYearBasis': 'assumed', 'score': 72.95, 'grade': 'BB',
     'gradeMeaningPrinted': ak['predikat_meaning_printed'],
     'evaluator': 'Inspektorat Kabupaten Lima Puluh Kota',
     'components': None, 'componentsNote': 'Nilai per komponen (perencanaan, pengukuran, pelaporan, evaluasi internal) tidak dicetak.',
     'recommendations': recs,
     'lines': [1052, 1064, 1066, 1083],
     'note': 'L1064: "Pada Tahun 2023 nilai akuntabilitas Kinerja ... di nilai oleh Inspektorat ... adalah 72,95". Tahun yang dievaluasi tidak dicetak; evaluasi AKIP tahun N lazimnya menilai LKjIP dan dokumen tahun N-1 (LKjIP 2023 sendiri baru terbit Februari 2024), maka evaluatedYear 2022 adalah asumsi. Laporan memakai nilai ini sebagai realisasi 2023 indikator Nilai AKIP.'},
    {'year': 2022, 'evaluatedYear': 2021, 'evaluatedYearBasis': 'assumed', 'score': 71.16, 'grade': None,
     'gradeNote': 'Predikat 2022 tidak dicetak (produk menghitungnya dari skala PermenPANRB 88/2021).',
     'evaluator': None, 'components': None, 'componentsNote': 'Tidak dicetak.', 'recommendations': [],
     'lines': [1052], 'note': 'Hanya nilai realisasi 2022 di Tabel 3.6; penilai, predikat dan rekomendasi tidak dicetak.'},
]}

# ---------------------------------------------------------------------------
# Narratives
# ---------------------------------------------------------------------------

narratives = {
    'ikhtisar': ex_('Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Sosial Kabupaten Lima Puluh Kota Tahun 2023 merupakan wujud pertanggungjawaban pelaksanaan Rencana Strategis (Renstra) Dinas Sosial, yang berisi informasi tentang keberhasilan maupun kegagalan pencapaian sasaran strategis yang telah ditetapkan, termasuk hambatan yang dihadapi dan pemecahan masalahnya. … Anggaran tahun 2023 di alokasikan untuk pelaksanaan 4 Program, 10 kegiatan dan 25 Sub Kegiatan yang dilaksanakan oleh seluruh unit kerja di Dinas Sosial, baik oleh Sekretariat maupun oleh Bidang-Bidang yang ada. … tingkat serapan anggaran untuk pencapaian target-target sasaran strategis sebesar 95,29 % , semua indikator dalam pencapaian target kinerja dapat diwujudkan 100 %.', [79, 83, 86]),
    'latarBelakang': ex_('Dalam rangka meningkatkan pelaksanaan pemerintah yang dapat berlangsung secara berdayaguna, berhasil guna, bersih dan bertanggung jawab serta berorientasi kepada hasil (result oriented government) … maka terhadap pelaporan yang menyangkut Kinerja Instansi Pemerintah, disusunlah Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Sosial Kabupaten Lima Puluh Kota Tahun 2023.', [138, 140]),
    'tugasFungsi': ex_('Sesuai dengan Peraturan Bupati Lima Puluh Kota Nomor 123 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Sosial … Mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan dan tugas pembantuan bidang sosial.', [144, 148]),
    'isuStrategis': [{'no': i['no'], 'text': norm(i['text']), 'lines': [i['line']]} for i in fx['isu_strategis']],
    'perSasaran': [
        {'sasaranId': 'SS1',
         'analysis': ex_('target awal RPJMD 50 %, pencapaian dari Tahun 2019 target 70 % realisasi 79,96 %, Tahun 2020 target 75 % realisasi 83,66 %, tahun 2021 target 80 % realisasi 95 %, tahun 2022 target 72 % dan realisasi 78 % dan tahun 2023 target 74 % Realisasi 74,53 % … sebanyak 30 orang tidak lolos verifikasi dan validasi penerima karena menerima bantuan sosial lainnya … terealisasi sebanyak 159 orang karena 3 orang tidak memenuhi syarat karena menerima bantuan sosial lainnya', [481, 531, 834]),
         'solutions': None, 'nextSteps': None,
         'note': 'Laporan tidak memuat bagian penyebab/solusi per sasaran; analisis berupa deret target-realisasi dan kegagalan verifikasi penerima.'},
        {'sasaranId': 'SS2',
         'analysis': ex_('Program, kegiatan dan Sub Kegiatan yang mendukung kegiatan untuk Potensi dan Sumber Kesejahteraan Sosial (PSKS) adalah Program Rehabilitasi Sosial … Program, Kegiatan dan Sub Kegiatan yang mendukung kegiatan Taruna Siaga Bencana (TAGANA) adalah Program Penanganan Bencana', [1042, 1044]),
         'solutions': None, 'nextSteps': None,
         'note': 'Hanya program pendukung yang disebut; tidak ada analisis penyebab.'},
        {'sasaranId': 'SS3',
         'analysis': ex_('Pada Tahun 2023 nilai akuntabilitas Kinerja Dinas Sosial yang di nilai oleh Inspektorat Kabupaten Lima Puluh Kota adalah 72,95 dari target 65. … didapatkan nilai SKM 87,84 jadi mutu pelayanan B kinerja unit pelayanan di kategorikan Baik.', [1064, 1107]),
         'solutions': ex_('Melakukan pemantauan Realisasi Rencana Aksi secara berkala yaitu setiap triwulan dan diadministrasikan dengan baik … Membuat SOP pengukuran kinerja', [1070, 1071]),
         'nextSteps': ex_('Akan melaksanakan Pengumpulan data kinerja dengan menggunakan teknologi informasi (Aplikasi) … Akan melaksanakan Pengukuran capaian kinerja dengan memanfaatkan teknologi informasi (Aplikasi)', [1072, 1073]),
         'note': 'Solusi dan langkah diambil dari kolom Tindak Lanjut rekomendasi AKIP (L1066-1083).'},
    ],
    'kesimpulan': ex_('Pada anggaran perubahan tahun 2023 Dinas Sosial melaksanakan 4 program, 10 kegiatan dan 25 Sub Kegiatan terdiri dari urusan belanja operasi dan belanja modal. … Dari sudut akuntabilitas kinerja Dinas Sosial tahun 2023 relatif baik, dan tidak terdapat permasalahan-permasalahan yang cukup mengganggu pelaksanaan masing-masing kegiatan.', [1197, 1199]),
    'langkahKeDepan': [
        ex_('Berpedoman kepada Indikator Kinerja Dinas Sosial semua target terlaksana dengan baik, sehingga untuk masa yang akan datang untuk dapat dipertahankan pencapaiannya.', [1207]),
        ex_('Dalam hal pelaksanaan program dan kegiatan perlu pemahaman dan sinergitas untuk pencapaian target dan sasaran-sasaran yang akan dicapai.', [1209]),
        ex_('dapat dicapai lebih maksimal ketika didukung oleh beberapa hal seperti, dukungan sarana dan prasarana, dukungan anggaran, Sumber Daya Manusia Aparatur.', [1209]),
        ex_('Selain itu hal lain yang perlu dilakukan adalah perlunya koordinasi lintas sektoral terkait dengan program dan kegiatan.', [1209]),
    ],
}
for i in narratives['isuStrategis']:
    on_line(i['text'], i['lines'][0])

# ---------------------------------------------------------------------------
# Demo users
# ---------------------------------------------------------------------------

demo_users = [
    {'username': 'admin', 'displayName': 'Administrator Pemda Lima Puluh Kota (demo)', 'role': 'admin', 'agency': False,
     'password': 'demo-admin-2024', 'note': 'Tingkat daerah: mengelola dinas, pengguna, skala dan tenggat.'},
    {'username': 'operator.dinsos', 'displayName': 'Operator Dinas Sosial (demo)', 'role': 'operator', 'agency': True,
     'password': 'demo-operator-2024'},
    {'username': 'kepala.dinsos', 'displayName': 'Ir. Indra Suriani — Kepala Dinas Sosial (demo)', 'role': 'kepala', 'agency': True,
     'password': 'demo-kepala-2024', 'note': 'Nama pejabat dari laporan; akun hanya untuk demo.'},
    {'username': 'evaluator.inspektorat', 'displayName': 'Evaluator Inspektorat Kabupaten Lima Puluh Kota (demo)', 'role': 'evaluator', 'agency': False,
     'password': 'demo-evaluator-2024', 'note': 'Inspektorat menilai AKIP (L1064) dan mereviu LKjIP.'},
    {'username': 'viewer', 'displayName': 'Pembaca (demo)', 'role': 'viewer', 'agency': False,
     'password': 'demo-viewer-2024', 'note': 'Hanya baca, tingkat daerah.'},
]

# ---------------------------------------------------------------------------
# Corrections and known issues
# ---------------------------------------------------------------------------

corrections = [
    {'id': 'C1', 'fixtureInconsistencyId': 1, 'kind': 'typo', 'lines': [1127],
     'path': 'budgetTree kegiatan 1.06.01.2.01 realisasi (dihitung, tidak disimpan)', 'printed': '8.974.000', 'corrected': 8947000,
     'reason': 'Jumlah sub kegiatan 2.567.000 + 6.380.000 = 8.947.000; % 97,13 dan total program 2.836.857.626 hanya cocok dengan 8.947.000. Total kegiatan tidak disimpan: produk menghitungnya dari sub kegiatan.'},
    {'id': 'C2', 'fixtureInconsistencyId': 2, 'kind': 'typo', 'lines': [1163, 601, 613, 649, 688],
     'path': 'budgetTree sub kegiatan 1.06.04.2.01.0005 years.2023.realisasi', 'printed': '117.880.628', 'corrected': 177880628,
     'reason': 'Narasi (L601/613/649/688) mencetak 177.880.628; % 78,65 dan total kegiatan 1.756.861.458 hanya cocok dengan 177.880.628.'},
    {'id': 'C3', 'fixtureInconsistencyId': 5, 'kind': 'malformed-number', 'lines': [404, 1146],
     'path': 'budgetTree sub kegiatan 1.06.01.2.08.0004 years.2023.paguPerubahan', 'printed': '41.600.00', 'corrected': 41600000,
     'reason': 'Kegiatan 81.440.000 - 1.090.000 - 38.750.000 = 41.600.000; 36.000.000 / 41.600.000 = 86,54 % seperti dicetak.'},
    {'id': 'C4', 'fixtureInconsistencyId': 15, 'kind': 'number-typo', 'lines': [1261, 377],
     'path': 'perjanjianKinerja.documents[PK-2023-PERUBAHAN].items[SS3.2].target', 'printed': '.85', 'corrected': 85,
     'reason': 'Tabel 2.1 (L377) dan Tabel 3.2 (L465) mencetak 85.'},
    {'id': 'C5', 'fixtureInconsistencyId': 9, 'kind': 'unit', 'lines': [464, 1052],
     'path': 'realisations[SS3.1, 2023].value', 'printed': '72,95 %', 'corrected': 72.95,
     'reason': 'Nilai AKIP adalah skor 0-100 (target "65", L1064 "72,95"), bukan persen.'},
    {'id': 'C6', 'fixtureInconsistencyId': 9, 'kind': 'unit', 'lines': [465, 1054],
     'path': 'realisations[SS3.2, 2023].value', 'printed': '87,84 %', 'corrected': 87.84,
     'reason': 'Nilai IKM adalah indeks 0-100 (target "85", L1107 "nilai SKM 87,84"), bukan persen.'},
    {'id': 'C7', 'fixtureInconsistencyId': 10, 'kind': 'date', 'lines': [1107, 38],
     'path': 'ikm.surveys[2023].period', 'printed': 'Bulan Juli s/d September tahun 2024', 'corrected': '2023-07-01 s/d 2023-09-30',
     'reason': 'Survei untuk LKjIP 2023 yang ditandatangani Februari 2024 tidak mungkin dilakukan Juli-September 2024.'},
    {'id': 'C8', 'fixtureInconsistencyId': 18, 'kind': 'name', 'lines': [562],
     'path': 'socialWelfare.assistance[alat-bantu-lansia-2023].byKecamatan', 'printed': 'Bulit Barisan', 'corrected': 'Bukik Barisan',
     'reason': 'Salah ketik nama kecamatan.'},
    {'id': 'C9', 'fixtureInconsistencyId': 31, 'kind': 'name', 'lines': [1157],
     'path': 'budgetTree kegiatan 1.06.04.2.01 name', 'printed': 'Pantli', 'corrected': 'Panti', 'reason': 'Salah ketik.'},
    {'id': 'C10', 'fixtureInconsistencyId': None, 'kind': 'name', 'lines': [1163, 1168],
     'path': 'budgetTree sub kegiatan 1.06.04.2.01.0005, 1.06.04.2.02.0007 name', 'printed': 'Spritual', 'corrected': 'Spiritual',
     'reason': 'Nomenklatur resmi dan laporan sendiri (L649, L688) menulis "Spiritual".'},
    {'id': 'C11', 'fixtureInconsistencyId': None, 'kind': 'name', 'lines': [1139, 395],
     'path': 'budgetTree sub kegiatan 1.06.01.2.06.0008 name', 'printed': 'Fasilitas Kunjungan Tamu', 'corrected': 'Fasilitasi Kunjungan Tamu',
     'reason': 'Tabel 2.2 (L395) mencetak "Fasilitasi".'},
    {'id': 'C12', 'fixtureInconsistencyId': None, 'kind': 'name', 'lines': [1181],
     'path': 'budgetTree kegiatan 1.06.06.2.02 name', 'printed': 'Kesiap siagaan', 'corrected': 'Kesiapsiagaan',
     'reason': 'Ejaan nomenklatur (reference/nomenklatur/kegiatan.tsv).'},
    {'id': 'C13', 'fixtureInconsistencyId': 31, 'kind': 'name', 'lines': [966, 967],
     'path': 'socialWelfare.psks.byType[pekerja_sosial_masyarakat, tksk].label', 'printed': 'Pekeja / Kesejaheraan', 'corrected': 'Pekerja / Kesejahteraan',
     'reason': 'Salah ketik; teks asli disimpan di labelPrinted.'},
    {'id': 'C14', 'fixtureInconsistencyId': 16, 'kind': 'malformed-number', 'lines': [745, 758, 822],
     'path': 'socialWelfare.assistance[sembako-2023, pkh-2023]', 'printed': '1,420 … 36,274; 22,950', 'corrected': 'ribuan: 1420 … 36274; 22950',
     'reason': 'Koma dipakai sebagai pemisah ribuan (gaya Inggris); jumlah baris cocok dengan total 36.274 (L739) dan 22.950 (L804).'},
    {'id': 'C15', 'fixtureInconsistencyId': None, 'kind': 'name', 'lines': [609, 667, 701, 703, 754, 818, 884],
     'path': 'socialWelfare.assistance[*].byKecamatan[*].kecamatan', 'printed': 'Guguk; Bukit Barisan; Situjuh Limo Nagari', 'corrected': 'Guguak; Bukik Barisan; Situjuah Limo Nagari',
     'reason': 'Satu ejaan per kecamatan (ejaan tabel L535-547) agar data per kecamatan dapat dijumlahkan.'},
]
known_issues = [
    {'fixtureInconsistencyId': 3, 'lines': [1148, 1126], 'path': 'budgetTree kegiatan 1.06.01.2.09 unitemized.2023',
     'note': 'Anggaran awal kegiatan Pemeliharaan BMD 284.869.000 > jumlah sub kegiatan 271.401.000; selisih 13.468.000 disimpan sebagai unitemized (baris sub kegiatan yang hilang tidak diketahui).'},
    {'fixtureInconsistencyId': 4, 'lines': [1177], 'note': 'Fisik kegiatan 1.06.06.2.01 dicetak 99,86 % padahal semua sub kegiatannya 100 %; fisik kegiatan tidak disimpan.'},
    {'fixtureInconsistencyId': 6, 'lines': [531], 'path': 'socialWelfare.assistance[permakanan-lansia-2023].note', 'note': '"30 orang tidak lolos verifikasi" vs 924 - 896 = 28; hanya target dan realisasi yang disimpan.'},
    {'fixtureInconsistencyId': 7, 'lines': [550], 'path': 'socialWelfare.assistance[permakanan-lansia-2022].note', 'note': '"Kenaikan 29,35 %" salah rumus; persentase tidak disimpan.'},
    {'fixtureInconsistencyId': 8, 'lines': [466], 'note': 'Label rata-rata menyebut 3 indikator padahal 4; rata-rata tidak disimpan (dihitung produk).'},
    {'fixtureInconsistencyId': 12, 'lines': [444, 448], 'note': 'Celah skala Tabel 3.1 (Permendagri 86/2017); skala adalah konfigurasi produk, tidak ada di bundle.'},
    {'fixtureInconsistencyId': 13, 'lines': [81, 83, 85], 'note': 'Terbilang salah; terbilang tidak disimpan (produk menghasilkannya).'},
    {'fixtureInconsistencyId': 14, 'lines': [762, 766], 'note': 'Terbilang 411.815.815 salah; tidak disimpan.'},
    {'fixtureInconsistencyId': 19, 'lines': [552, 601, 762, 891], 'path': 'budgetTree …outputIndicators', 'note': 'Satu anggaran sub kegiatan dikutip untuk beberapa kegiatan; di bundle tiap sub kegiatan muncul sekali dan kegiatannya menjadi outputIndicators, tanpa alokasi anggaran per kegiatan.'},
    {'fixtureInconsistencyId': 23, 'lines': [1197], 'path': 'budgetTree.spendingByType.2023', 'note': 'Belanja Modal 41.250.000 tidak dapat diperiksa terhadap baris anggaran (hanya 4.250.000 tampak); dipertahankan seperti dicetak karena rinciannya berjumlah tepat.'},
    {'fixtureInconsistencyId': 24, 'lines': [1126, 1186], 'note': 'Kolom "Keterangan Efisiensi" tanpa aturan; tidak disimpan.'},
    {'fixtureInconsistencyId': 25, 'lines': [739, 744, 804, 808], 'path': 'socialWelfare.assistance[sembako-2023, pkh-2023].unit', 'note': 'Satuan KPM vs rumah tangga/RTSM; disimpan sebagai KPM sesuai teks.'},
    {'fixtureInconsistencyId': 26, 'lines': [479, 951, 1052], 'path': 'renstra.sasaran[*].indikator[*].rpjmdColumn', 'note': 'Makna kolom "Target (Awal) RPJMD" ambigu; disimpan apa adanya, hanya SS1.1 dipakai sebagai baseline (L481 menyebutnya kondisi awal).'},
    {'fixtureInconsistencyId': 27, 'lines': [491, 1201], 'path': 'renstra.sasaran[SS1].indikator[SS1.1].formulaNote', 'note': 'Realisasi PPKS 74,53 % tidak dapat diturunkan dari data laporan (penerima terdokumentasi ~22,99 % dari 267.172).'},
    {'fixtureInconsistencyId': 28, 'lines': [481], 'path': 'renstra.sasaran[SS1].indikator[SS1.1].otherNamesPrinted', 'note': 'Nama indikator berbeda di L481 ("yang diberdayakan").'},
    {'fixtureInconsistencyId': 11, 'lines': [1087, 1107], 'path': 'renstra.sasaran[SS3].indikator[SS3.2].formulaNote', 'note': 'Konversi IKM dari skala 1-4 tidak dijelaskan laporan.'},
    {'fixtureInconsistencyId': None, 'lines': [1064], 'path': 'akip.evaluations[0].evaluatedYear', 'note': 'Tahun yang dievaluasi AKIP tidak dicetak; 2022 adalah asumsi (lihat catatan evaluasi).'},
    {'fixtureInconsistencyId': None, 'lines': [366, 1218, 1252], 'path': 'perjanjianKinerja.note', 'note': 'PK awal 2023 tidak dimuat; hanya PK Perubahan (November 2023).'},
]

# ---------------------------------------------------------------------------
# Assemble and write
# ---------------------------------------------------------------------------

bundle = {
    'format': 'akuntabel/agency-bundle@1',
    'year': 2023,
    'source': {
        'title': 'Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Sosial Kabupaten Lima Puluh Kota Tahun 2023',
        'file': 'seeds/lkjip-2023-dinsos-limapuluhkota.txt',
        'fixture': 'fixtures/lkjip-2023-dinsos-limapuluhkota.json',
        'builtBy': 'data/demo/build/build-limapuluhkota.py',
        'note': 'Nilai bersih (angka JSON, Rupiah bulat); salah ketik laporan dikoreksi dan dicatat di corrections; yang tidak dapat diselesaikan di knownIssues. "lines" = nomor baris di teks seed. Lihat data/demo/README.md.',
    },
    'region': region,
    'regionalHead': regional_head,
    'rpjmd': rpjmd,
    'agency': agency,
    'head': head,
    'units': units,
    'renstra': renstra,
    'budgetTree': budget_tree,
    'perjanjianKinerja': perjanjian,
    'realisations': realisations,
    'sdm': sdm,
    'socialWelfare': social,
    'ikm': ikm,
    'akip': akip,
    'narratives': narratives,
    'demoUsers': demo_users,
    'corrections': corrections,
    'knownIssues': known_issues,
}

OUT.write_text(json.dumps(bundle, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
print(f'wrote {OUT.relative_to(REPO)}: {len(funded_prog)} program / {len(funded_keg)} kegiatan / {len(funded_subs)} sub kegiatan '
      f'with revised pagu; pagu {tot_perubahan:,} realisasi {tot_real:,}; {len(assistance)} assistance rows; '
      f'{len(realisations)} realisations; {len(corrections)} corrections')
