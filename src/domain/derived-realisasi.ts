/**
 * Realisations computed from their components (DOMAIN.md §2), e.g.
 * PPKS tertangani = served / total × 100, or an increase = (n − (n−1)) / total × 100.
 *
 * A missing component (absent, null or undefined) is unknown, never zero: the
 * result is null with reason 'missing-component' naming the first one missing
 * in declaration order. A zero denominator gives 'zero-denominator'. Full
 * precision is returned. A non-finite component throws a RangeError.
 */

export type Derivation =
  /** numerator / denominator × factor; factor defaults to 100 (a percentage). */
  | { kind: 'ratio'; numerator: string; denominator: string; factor?: number }
  /** (n − (n−1)) / |n−1| × 100 — growth over the previous period. */
  | { kind: 'growth'; current: string; previous: string; base?: 'previous' }
  /** (n − (n−1)) / total × 100 — the change as a share of a total (DOMAIN.md §2). */
  | { kind: 'change-share'; current: string; previous: string; total: string }
  /** Σ parts; every part must be known. */
  | { kind: 'sum'; parts: string[] };

export type DerivedResult =
  | { value: number; reason?: undefined }
  | { value: null; reason: 'missing-component' | 'zero-denominator'; component?: string };

export function deriveRealisasi(
  derivation: Derivation,
  components: Readonly<Record<string, number | null | undefined>>,
): DerivedResult {
  const names = componentNames(derivation);
  const values = new Map<string, number>();
  for (const name of names) {
    const v = Object.hasOwn(components, name) ? components[name] : undefined;
    if (v === null || v === undefined) return { value: null, reason: 'missing-component', component: name };
    if (!Number.isFinite(v)) throw new RangeError(`component "${name}" must be a finite number, got ${v}`);
    values.set(name, v);
  }
  const get = (name: string): number => values.get(name)!;

  switch (derivation.kind) {
    case 'ratio': {
      const factor = derivation.factor ?? 100;
      if (!Number.isFinite(factor))
        throw new RangeError(`ratio factor must be a finite number, got ${factor}`);
      const d = get(derivation.denominator);
      if (d === 0) return { value: null, reason: 'zero-denominator', component: derivation.denominator };
      return { value: (get(derivation.numerator) / d) * factor };
    }
    case 'growth': {
      const prev = get(derivation.previous);
      if (prev === 0) return { value: null, reason: 'zero-denominator', component: derivation.previous };
      // |n−1| keeps the sign meaning "went up"/"went down" when the base is negative;
      // for the usual positive base it is exactly (n − (n−1)) / (n−1) × 100.
      return { value: ((get(derivation.current) - prev) / Math.abs(prev)) * 100 };
    }
    case 'change-share': {
      const total = get(derivation.total);
      if (total === 0) return { value: null, reason: 'zero-denominator', component: derivation.total };
      return { value: ((get(derivation.current) - get(derivation.previous)) / total) * 100 };
    }
    case 'sum': {
      let sum = 0;
      for (const part of derivation.parts) sum += get(part);
      return { value: sum };
    }
    default:
      return assertNever(derivation);
  }
}

function componentNames(derivation: Derivation): readonly string[] {
  switch (derivation.kind) {
    case 'ratio':
      return [derivation.numerator, derivation.denominator];
    case 'growth':
      return [derivation.current, derivation.previous];
    case 'change-share':
      return [derivation.current, derivation.previous, derivation.total];
    case 'sum':
      if (derivation.parts.length === 0) throw new RangeError('a sum derivation needs at least one part');
      return derivation.parts;
    default:
      return assertNever(derivation);
  }
}

function assertNever(value: never): never {
  throw new RangeError(`unknown derivation: ${JSON.stringify(value)}`);
}
