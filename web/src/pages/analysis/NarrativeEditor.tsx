/**
 * One narrative section of the LKjIP: the agency's text, or the default the
 * report generates from the data (marked as such). Saving names the version
 * read; when someone else saved in between the server refuses (409) and the
 * editor keeps the user's text, offers the latest version to compare, and
 * saves over it only when asked again. Read-only for those who may not write.
 */
import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { NARRATIVE_MAX_CHARS, useSaveNarrative, type NarrativeEntry } from './narratives.ts';
import { texts } from './texts.ts';

type Base = { text: string; version: number | null; generated: boolean };

function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.type.endsWith('/conflict');
}

function Marker({ base }: { base: Base }) {
  const { t } = useTexts('analysis', texts);
  return base.generated ? (
    <Badge component="span" color="gray" variant="light" size="sm" data-testid="narrative-generated">
      {t('narrative.generated')}
    </Badge>
  ) : (
    <Badge component="span" color="teal" variant="light" size="sm" data-testid="narrative-written">
      {t('narrative.written', { version: base.version ?? '—' })}
    </Badge>
  );
}

export function NarrativeEditor({
  agencyId,
  year,
  entry,
  label,
  hint,
  editable,
  onReloadLatest,
}: {
  agencyId: string;
  year: number;
  entry: NarrativeEntry;
  label: string;
  hint: string;
  editable: boolean;
  /** Reads the sections again; resolves with this section as the server has it now. */
  onReloadLatest: () => Promise<NarrativeEntry | undefined>;
}) {
  const { t } = useTexts('analysis', texts);
  const save = useSaveNarrative(agencyId, year);
  const [base, setBase] = useState<Base>(entry);
  const [text, setText] = useState(entry.text);
  const [latest, setLatest] = useState<NarrativeEntry | null>(null);
  const [savedAt, setSavedAt] = useState<{ at: string; version: number | null } | null>(null);
  const dirty = text !== base.text;
  // While nothing is typed, the editor follows the server (a refetch after a save or a reset).
  if (
    !dirty &&
    (entry.text !== base.text || entry.version !== base.version || entry.generated !== base.generated)
  ) {
    setBase(entry);
    setText(entry.text);
  }

  if (!editable)
    return (
      <Stack gap={6} data-testid={`narrative-${entry.section}`}>
        <Group gap="xs" justify="space-between">
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Marker base={base} />
        </Group>
        <Paper withBorder p="sm" bg="gray.0">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {entry.text || t('narrative.empty')}
          </Text>
        </Paper>
      </Stack>
    );

  const submit = (value: string) => {
    setSavedAt(null);
    save.mutate(
      { section: entry.section, text: value, version: base.version },
      {
        onSuccess: (saved) => {
          setLatest(null);
          setSavedAt({ at: new Date().toISOString(), version: saved.version });
          if (saved.deleted) {
            // the default text comes back with the refetch
            setBase({ text: '', version: null, generated: true });
            setText('');
          } else {
            setBase({ text: saved.text, version: saved.version, generated: false });
            setText(saved.text);
          }
        },
      },
    );
  };
  const reloadLatest = async () => {
    const now = await onReloadLatest();
    if (!now) return;
    setLatest(now);
    // the next save replaces what is there now, on purpose
    setBase((b) => ({ ...b, version: now.version }));
    save.reset();
  };
  const conflict = isConflict(save.error);

  return (
    <Stack gap={6} data-testid={`narrative-${entry.section}`}>
      <Textarea
        label={
          <Group gap="xs" component="span" wrap="wrap">
            <span>{label}</span>
            <Marker base={base} />
          </Group>
        }
        description={base.generated && !dirty ? `${hint} ${t('narrative.generatedHint')}` : hint}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={4}
        maxRows={16}
        maxLength={NARRATIVE_MAX_CHARS}
        error={fieldError(save.error, 'text')}
        styles={{ input: { fontStyle: base.generated && !dirty ? 'italic' : undefined } }}
      />
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="xs" c="dimmed" className="num">
          {t('narrative.length', { count: show.number(text.length), max: show.number(NARRATIVE_MAX_CHARS) })}
        </Text>
        <Group gap="xs">
          {!base.generated && !dirty && (
            <Button
              variant="subtle"
              size="xs"
              color="gray"
              onClick={() => submit('')}
              loading={save.isPending}
            >
              {t('narrative.reset')}
            </Button>
          )}
          {dirty && (
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                setText(base.text);
                save.reset();
              }}
            >
              {t('narrative.undo')}
            </Button>
          )}
          <Button size="xs" onClick={() => submit(text)} disabled={!dirty} loading={save.isPending}>
            {t('narrative.save')}
          </Button>
        </Group>
      </Group>
      <div aria-live="polite">
        {dirty && !save.isError && (
          <Text size="xs" c="orange.8">
            {t('narrative.unsaved')}
          </Text>
        )}
        {savedAt && !dirty && (
          <Text size="xs" c="teal.8" data-testid="narrative-saved">
            {savedAt.version === null
              ? t('narrative.savedDefault')
              : t('narrative.saved', { time: show.dateTime(savedAt.at), version: savedAt.version })}
          </Text>
        )}
      </div>
      {conflict && (
        <Alert color="yellow" title={t('narrative.conflictTitle')} role="alert">
          <Text size="sm">{t('narrative.conflict')}</Text>
          <Button size="xs" variant="light" mt="xs" onClick={() => void reloadLatest()}>
            {t('narrative.loadLatest')}
          </Button>
        </Alert>
      )}
      {save.isError && !conflict && !fieldError(save.error, 'text') && <ProblemAlert error={save.error} />}
      {latest && (
        <Paper withBorder p="sm" bg="yellow.0">
          <Text size="xs" fw={600} mb={4}>
            {latest.generated
              ? t('narrative.latestDefault')
              : t('narrative.latest', { version: latest.version ?? '—' })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {latest.text || t('narrative.empty')}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
