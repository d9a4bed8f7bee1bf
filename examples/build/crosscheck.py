#!/usr/bin/env python3
"""Independent cross-check of the example report-data files (not the product's
checker): recomputes every roll-up sum, budget %, capaian, predikat, the
average and its label, and the amounts in words, and prints what disagrees
with what the report printed. Used to write examples/README.md.

    python3 examples/build/crosscheck.py examples/*.json
"""
import json
import re
import sys
from decimal import Decimal, ROUND_HALF_UP


def parse(v):
    """id-ID or plain number -> (Decimal, decimals) or raises ValueError."""
    if isinstance(v, (int, float)):
        d = Decimal(str(v))
        return d, max(0, -d.as_tuple().exponent)
    t = v.strip()
    t = re.sub(r'^rp\.?\s*', '', t, flags=re.I)
    t = re.sub(r'(,-|\.-)$', '', t)
    t = re.sub(r'\s*%$', '', t).strip()
    if re.fullmatch(r'\d{1,3}(\.\d{3})+(,\d+)?', t) or re.fullmatch(r'\d+(,\d+)?', t):
        ip, _, fp = t.replace('.', '').partition(',')
        return Decimal(ip + ('.' + fp if fp else '')), len(fp)
    if re.fullmatch(r'\d+\.\d{1,2}', t):  # plain decimal point ("95.29")
        return Decimal(t), len(t.split('.')[1])
    raise ValueError(f'malformed number {v!r}')


def rnd(x, dp):
    return x.quantize(Decimal(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def fmt(x, dp=0):
    q = rnd(x, dp)
    s = f'{q:.{dp}f}'
    ip, _, fp = s.partition('.')
    ip = f'{int(ip):,}'.replace(',', '.')
    return ip + (',' + fp if fp else '')


ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan']


def below(n):
    w = []
    h, r = divmod(n, 100)
    if h == 1:
        w.append('seratus')
    elif h:
        w += [ONES[h], 'ratus']
    if r == 10:
        w.append('sepuluh')
    elif r == 11:
        w.append('sebelas')
    elif 11 < r < 20:
        w += [ONES[r - 10], 'belas']
    elif r >= 20:
        w += [ONES[r // 10], 'puluh'] + ([ONES[r % 10]] if r % 10 else [])
    elif r:
        w.append(ONES[r])
    return w


def terbilang(n):
    scales = ['', 'ribu', 'juta', 'miliar', 'triliun']
    groups = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    w = []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if not g:
            continue
        if i == 1 and g == 1:
            w.append('seribu')
            continue
        w += below(g) + ([scales[i]] if i else [])
    return ' '.join(w)


def norm_words(t):
    t = re.sub(r'[^a-z\s]', ' ', t.lower())
    t = re.sub(r'\bmilyard?\b', 'miliar', t)
    t = re.sub(r'\s+', ' ', t).strip()
    return re.sub(r'\s*\brupiah$', '', t)


PERMENDAGRI = [(91, 'Sangat Tinggi'), (76, 'Tinggi'), (66, 'Sedang'), (51, 'Rendah')]


def predikat_86(c):
    for lo, label in PERMENDAGRI:
        if c >= lo:
            return label
    return 'Sangat Rendah'


findings, oks = [], []


def finding(path, kind, printed, expected):
    findings.append((path, kind, printed, expected))


def check_item(item, path, counts):
    counts[item['level']] = counts.get(item['level'], 0) + 1
    vals = {}
    for f in ('pagu', 'paguMurni', 'realisasi'):
        if f in item and item[f] is not None:
            try:
                vals[f] = parse(item[f])[0]
            except ValueError:
                finding(f'{path}.{f}', 'malformed-number', item[f], None)
                vals[f] = None
    kids = item.get('children', [])
    for c in kids:
        check_item(c, f"{path}.children[{c['code']}]", counts)
    if kids:
        for f in ('pagu', 'paguMurni', 'realisasi'):
            if vals.get(f) is None:
                continue
            try:
                s = sum(parse(c[f])[0] for c in kids if c.get(f) is not None)
            except ValueError:
                oks.append(f'{path}.{f}: not summable (a child is malformed)')
                continue
            if s != vals[f]:
                finding(f'{path}.{f}', 'sum-mismatch', item[f], fmt(s))
            else:
                oks.append(f'{path}.{f} = sum of children {fmt(s)}')
    pr = item.get('printed', {}).get('persen')
    if pr is not None:
        if vals.get('pagu') and vals.get('realisasi') is not None:
            p, dp = parse(pr)
            exp = vals['realisasi'] / vals['pagu'] * 100
            if rnd(exp, dp) != rnd(p, dp):
                finding(f'{path}.printed.persen', 'percent-mismatch', pr, fmt(exp, dp))
            else:
                oks.append(f'{path}.printed.persen {pr} ok ({exp:.4f})')
        else:
            oks.append(f'{path}.printed.persen {pr}: NOT COMPUTABLE (pagu/realisasi malformed or 0)')
    tb = item.get('printed', {}).get('terbilang', {})
    for f, words in tb.items():
        amount = int(vals[f])
        if norm_words(words) != terbilang(amount):
            finding(f'{path}.printed.terbilang.{f}', 'words', words, terbilang(amount) + ' rupiah')
        else:
            oks.append(f'{path}.printed.terbilang.{f} ok')


def run(fname):
    findings.clear()
    oks.clear()
    d = json.load(open(fname, encoding='utf-8'))
    print(f'===== {fname}')
    caps = []
    n_ind = 0
    for s in d['sasaran']:
        for ind in s['indikator']:
            n_ind += 1
            path = f"sasaran[{s['id']}].indikator[{ind['id']}]"
            if ind.get('realisasi') is None:
                print(f'{path}: capaian not computable (no realisasi)')
                continue
            t, _ = parse(ind['target'])
            r, _ = parse(ind['realisasi'])
            c = r / t * 100
            caps.append(c)
            pc = ind.get('printed', {}).get('capaian')
            if pc is not None:
                p, dp = parse(pc)
                if rnd(c, dp) != rnd(p, dp):
                    finding(f'{path}.printed.capaian', 'arithmetic', pc, fmt(c, dp))
                else:
                    oks.append(f'{path}.printed.capaian {pc} ok ({c:.4f})')
            pp = ind.get('printed', {}).get('predikat')
            if pp is not None and d['scale'] == 'permendagri-86-2017':
                if pp != predikat_86(c):
                    finding(f'{path}.printed.predikat', 'wrong-predikat', pp, predikat_86(c))
                else:
                    oks.append(f'{path}.printed.predikat {pp} ok')
            if isinstance(ind['target'], str) and isinstance(ind['realisasi'], str) and \
                    ind['target'].strip().endswith('%') != ind['realisasi'].strip().endswith('%'):
                finding(f'{path}.realisasi', 'unit', ind['realisasi'], f"target {ind['target']!r}, unit {ind.get('unit')!r}")
    pr = d.get('printed', {})
    if caps and 'average' in pr:
        mean = sum(caps) / len(caps)
        p, dp = parse(pr['average'])
        if rnd(mean, dp) != rnd(p, dp):
            finding('printed.average', 'arithmetic', pr['average'], fmt(mean, dp))
        else:
            oks.append(f"printed.average {pr['average']} ok ({mean:.4f})")
        sas_means = [sum(parse(i['realisasi'])[0] / parse(i['target'])[0] * 100 for i in s['indikator']) / len(s['indikator'])
                     for s in d['sasaran']]
        print(f'  mean-of-sasaran would be {fmt(sum(sas_means) / len(sas_means), 2)}')
        if pr.get('predikat') != predikat_86(mean):
            finding('printed.predikat', 'wrong-predikat', pr.get('predikat'), predikat_86(mean))
        else:
            oks.append(f"printed.predikat {pr['predikat']} ok")
    if 'averageLabel' in pr:
        label = pr['averageLabel']
        m_ind = re.search(r'(\d+) \(\w+\) Indikator', label)
        m_sas = re.search(r'(\d+) \(\w+\) Sasaran', label)
        if m_ind and int(m_ind.group(1)) != n_ind:
            finding('printed.averageLabel', 'count-label', f'{m_ind.group(1)} indikator', f'{n_ind} indikator')
        if m_sas and int(m_sas.group(1)) != len(d['sasaran']):
            finding('printed.averageLabel', 'count-label', f'{m_sas.group(1)} sasaran', f"{len(d['sasaran'])} sasaran")
        elif m_sas:
            oks.append(f'printed.averageLabel sasaran count {m_sas.group(1)} ok')
    counts = {}
    b = d.get('budget')
    if b:
        for it in b['items']:
            check_item(it, f"budget.items[{it['code']}]", counts)
        bp = b.get('printed', {})
        for f in ('pagu', 'paguMurni', 'realisasi'):
            if f in bp:
                s = sum(parse(it[f])[0] for it in b['items'])
                if s != parse(bp[f])[0]:
                    finding(f'budget.printed.{f}', 'sum-mismatch', bp[f], fmt(s))
                else:
                    oks.append(f'budget.printed.{f} {bp[f]} = sum of programs')
        if 'persen' in bp:
            p, dp = parse(bp['persen'])
            exp = parse(bp['realisasi'])[0] / parse(bp['pagu'])[0] * 100
            if rnd(exp, dp) != rnd(p, dp):
                finding('budget.printed.persen', 'percent-mismatch', bp['persen'], fmt(exp, dp))
            else:
                oks.append(f"budget.printed.persen {bp['persen']} ok ({exp:.4f})")
        for f, words in bp.get('terbilang', {}).items():
            amount = int(parse(bp[f])[0])
            if norm_words(words) != terbilang(amount):
                finding(f'budget.printed.terbilang.{f}', 'words', words, terbilang(amount) + ' rupiah')
            else:
                oks.append(f'budget.printed.terbilang.{f} ok')
    print(f"  sasaran {len(d['sasaran'])}, indikator {n_ind}, budget rows {counts}")
    print('  FINDINGS:')
    for f in findings:
        print('   ', ' | '.join(str(x) for x in f))
    print(f'  OK checks: {len(oks)}')
    if '-v' in sys.argv:
        for o in oks:
            print('    ok', o)


for fname in [a for a in sys.argv[1:] if not a.startswith('-')]:
    run(fname)
