/**
 * An audit event as a person reads it: what changed ("Pengguna dibuat"), on
 * which record ("Operator Baru (operator.baru)"), and each changed field with
 * its value before and after, written the way the rest of the app writes
 * dates, numbers and choices. Pure: the words come in through `t`.
 */
import { show } from '../format.ts';

export type AuditEvent = {
  id: number;
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string;
  origin: string;
  action: string;
  entityTable: string;
  entityId: string;
  agencyId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One field of the record: before → after (`before` absent for a new record, `after` for a removed one). */
export type FieldChange = { key: string; label: string; before?: string; after?: string };

/** Bookkeeping columns nobody needs to read in a change. */
const HIDDEN = new Set(['id', 'version', 'createdAt', 'updatedAt', 'passwordHash', 'dueAt', 'regionId']);
/** Numbers that are names (a year, a period), not quantities: shown as typed, never as 2.024. */
const PLAIN_NUMBERS = new Set([
  'year',
  'fromYear',
  'startYear',
  'endYear',
  'periodNo',
  'sortOrder',
  'reminderWorkingDays',
  'graceDays',
]);
/** Fields shown first, in this order: what names the record, then what it says. */
const FIRST = [
  'username',
  'displayName',
  'role',
  'agencyId',
  'isActive',
  'name',
  'code',
  'kind',
  'year',
  'periodNo',
  'dueDate',
  'status',
  'value',
  'reopenReason',
];
/** Fields whose values are choices with names (texts: values.<field>.<choice>). */
const CHOICES = new Set([
  'role',
  'kind',
  'locale',
  'scalePreset',
  'sasaranAggregation',
  'negativeFormula',
  'polarity',
]);
/** Texts made of digits that are not numbers. */
const PLAIN_TEXTS = new Set(['nip', 'code', 'username', 'entityId']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DECIMAL = /^-?\d{1,15}(\.\d+)?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function humanised(key: string): string {
  const words = key.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** A field's name in the reader's language (the column name, made readable, when there is no translation). */
export function fieldLabel(key: string, t: Translate): string {
  const label = t(`fields.${key}`, { defaultValue: '' });
  return label || humanised(key);
}

/** What happened: "Pengguna dibuat", "Realisasi diajukan", "Masuk aplikasi". */
export function actionLabel(event: Pick<AuditEvent, 'action' | 'entityTable'>, t: Translate): string {
  const whole = t(`actions.${event.action.replace(/\./g, '_')}`, { defaultValue: '' });
  if (whole) return whole;
  const verbKey = event.action.split('.').at(-1) ?? event.action;
  const entity = t(`entities.${event.entityTable}`, { defaultValue: '' }) || humanised(event.entityTable);
  const verb = t(`verbs.${verbKey}`, { defaultValue: '' }) || humanised(verbKey).toLowerCase();
  return `${entity} ${verb}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The record's own name, when its row has one: a user's name, a unit's name, a deadline's period. */
export function recordName(
  event: Pick<AuditEvent, 'before' | 'after' | 'entityTable'>,
  t: Translate,
  language: string,
): string | null {
  const row = isRecord(event.after) ? event.after : isRecord(event.before) ? event.before : null;
  if (!row) return null;
  const text = (key: string) =>
    typeof row[key] === 'string' && row[key] !== '' ? (row[key] as string) : null;
  if ((event.entityTable === 'reporting_deadline' || event.entityTable === 'period_lock') && text('kind')) {
    const periodNo = typeof row.periodNo === 'number' ? row.periodNo : 0;
    return t(`deadline.${text('kind')}`, {
      year: row.year,
      period: language === 'en' ? periodNo : (ROMAN[periodNo - 1] ?? periodNo),
    });
  }
  const displayName = text('displayName');
  const username = text('username');
  if (displayName) return username ? `${displayName} (${username})` : displayName;
  const name =
    text('name') ??
    text('title') ??
    text('label') ??
    text('fileName') ??
    text('sectionKey') ??
    text('section');
  const code = text('code');
  if (name) return code ? `${code} ${name}` : name;
  return code ?? username;
}

/** A value as the app writes it: dates as "20 Januari 2024", numbers as 1.234,5, choices by name. */
export function readableValue(
  key: string,
  value: unknown,
  t: Translate,
  agencyName: (id: string) => string | undefined,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (typeof value === 'number') return PLAIN_NUMBERS.has(key) ? String(value) : show.number(value);
  if (typeof value === 'string') {
    const choice = CHOICES.has(key) ? t(`values.${key}.${value}`, { defaultValue: '' }) : '';
    if (choice) return choice;
    if (key === 'status') {
      const status = t(`common:status.${value}`, { defaultValue: '' });
      if (status) return status;
    }
    if (UUID.test(value))
      return (key === 'agencyId' ? agencyName(value) : undefined) ?? `#${value.slice(0, 8)}`;
    if (DAY.test(value)) return show.date(value);
    if (INSTANT.test(value)) return show.dateTime(value);
    if (DECIMAL.test(value) && !PLAIN_TEXTS.has(key)) {
      const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
      return show.number(Number(value), Math.min(decimals, 4));
    }
    return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  }
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 160)}…` : json;
}

/** Keys worth showing: not bookkeeping, not references to other rows by id (except the agency, which has a name). */
function shown(key: string, values: unknown[]): boolean {
  if (HIDDEN.has(key)) return false;
  if (
    key !== 'agencyId' &&
    key.endsWith('Id') &&
    values.every((v) => v === null || v === undefined || (typeof v === 'string' && UUID.test(v)))
  )
    return false;
  return true;
}

/**
 * The fields the event changed: for a change, those whose value differs; for a
 * new record, its filled fields; for a removed one, what it held.
 */
export function fieldChanges(
  event: Pick<AuditEvent, 'before' | 'after'>,
  t: Translate,
  agencyName: (id: string) => string | undefined,
): FieldChange[] {
  const before = isRecord(event.before) ? event.before : null;
  const after = isRecord(event.after) ? event.after : null;
  const rank = (key: string) => (FIRST.includes(key) ? FIRST.indexOf(key) : FIRST.length);
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].sort(
    (a, b) => rank(a) - rank(b),
  );
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const old = before?.[key];
    const now = after?.[key];
    if (!shown(key, [old, now])) continue;
    const label = fieldLabel(key, t);
    const read = (value: unknown) => readableValue(key, value, t, agencyName);
    if (before && after) {
      if (JSON.stringify(old) === JSON.stringify(now)) continue;
      changes.push({ key, label, before: read(old), after: read(now) });
    } else if (after) {
      if (now === null || now === undefined || now === '') continue;
      changes.push({ key, label, after: read(now) });
    } else {
      if (old === null || old === undefined || old === '') continue;
      changes.push({ key, label, before: read(old) });
    }
  }
  return changes;
}
