/**
 * A number typed the Indonesian way ("74,53", "1.234.567"), parsed by the
 * domain's parseNumber (the same rule the server applies) and echoed back in
 * id-ID format so the user sees what was read. The raw text is what is sent.
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import { formatNumber, parseNumber } from '@domain/numbers.ts';
import { useTranslation } from 'react-i18next';

/** The number a text holds, or null when empty; an error text when it is not a number. */
export function readNumber(text: string): { value: number | null; error?: string } {
  if (text.trim() === '') return { value: null };
  const parsed = parseNumber(text);
  return parsed.ok ? { value: parsed.value } : { value: null, error: parsed.reason };
}

type Props = Omit<TextInputProps, 'onChange' | 'value'> & {
  value: string;
  onChange: (text: string) => void;
  /** An error from the server for this field; shown instead of the echo. */
  serverError?: string | undefined;
};

export function NumberField({ value, onChange, serverError, description, ...rest }: Props) {
  const { t, i18n } = useTranslation('common');
  const read = readNumber(value);
  const echo =
    read.value !== null
      ? t('number.echo', {
          value: formatNumber(read.value, {
            locale: i18n.language === 'en' ? 'en' : 'id',
            decimals: decimalsOf(read.value),
          }),
        })
      : undefined;
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={serverError ?? (read.error ? `${t('number.invalid')}: ${read.error}` : undefined)}
      description={echo ?? description ?? t('number.hint')}
      {...rest}
    />
  );
}

/** Shows as many decimals as the number has (up to 4), so 74,5 is echoed as 74,5 and not 74,50. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(4, text.length - point - 1);
}
