import { Option } from 'commander';
import type { Locale } from '../domain/numbers.ts';

/** The `--lang id|en` option shared by commands that print for people. */
export function localeOption(): Option {
  return new Option('--lang <lang>', 'bahasa keluaran: id atau en').choices(['id', 'en']).default('id');
}

export function parseLocale(value: string): Locale {
  return value === 'en' ? 'en' : 'id';
}
