import { describe, expect, it } from 'vitest';
import { isBlock, readClipboardBlock } from '../../web/src/clipboard-block.ts';

describe('a block copied from a spreadsheet', () => {
  it('reads rows by line break and cells by tab, without Excel’s closing line break', () => {
    expect(readClipboardBlock('74,53\t75\r\n1.234\t\r\n')).toEqual([
      ['74,53', '75'],
      ['1.234', ''],
    ]);
    expect(readClipboardBlock('80\n81')).toEqual([['80'], ['81']]);
    expect(readClipboardBlock(' 12 ')).toEqual([['12']]);
  });

  it('unquotes cells Excel quoted (a line break, a tab or a quote inside)', () => {
    expect(readClipboardBlock('"a\tb"\t"say ""ok"""\n"two\nlines"\t3\n')).toEqual([
      ['a\tb', 'say "ok"'],
      ['two\nlines', '3'],
    ]);
  });

  it('tells a block from text for one cell', () => {
    expect(isBlock('74,53')).toBe(false);
    expect(isBlock('74,53\r\n')).toBe(false);
    expect(isBlock('74,53\t75')).toBe(true);
    expect(isBlock('1\n2')).toBe(true);
  });
});
