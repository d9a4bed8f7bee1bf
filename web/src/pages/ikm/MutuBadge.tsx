/** A grade letter (IKM mutu A–D, AKIP predikat AA–D) as a coloured badge, best green, worst red. */
import { Badge } from '@mantine/core';

const COLOURS: Readonly<Record<string, string>> = {
  AA: 'green',
  A: 'green',
  BB: 'teal',
  B: 'teal',
  CC: 'yellow',
  C: 'orange',
  D: 'red',
};

export function MutuBadge({
  grade,
  label,
  size = 'lg',
}: {
  grade: string;
  label?: string;
  size?: 'md' | 'lg' | 'xl';
}) {
  return (
    <Badge color={COLOURS[grade] ?? 'gray'} size={size} variant="filled" data-testid="grade">
      {label ? `${grade} · ${label}` : grade}
    </Badge>
  );
}
