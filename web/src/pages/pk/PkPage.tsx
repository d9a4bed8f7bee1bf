/**
 * Perjanjian Kinerja (`/instansi/:agencyId/pk?tahun=&unit=`): the year's PK of
 * every unit (the cascade), the chosen unit's PK with its versions, status,
 * rows, pagu and the diff of a perubahan; drafting from the Renstra, editing
 * targets, submitting, signing, revising; and printing the head of agency's PK.
 */
import { Alert, Button, Card, Grid, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAgencyYear } from '../../api/agencies.ts';
import { useMe, type Role } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, QueryState } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { useReportJobs } from '../reports/report-jobs.ts';
import { GenerateButtons, JobList } from '../reports/ReportJobs.tsx';
import { indicatorPlaces, type IndicatorPlace } from './indicator-places.ts';
import {
  useCreatePkDraft,
  usePk,
  usePkList,
  useRenstraOfPeriod,
  useSignatories,
  type PkList,
  type PkUnit,
} from './pk-api.ts';
import { useVersionLabel } from './pk-labels.ts';
import { PkCascade } from './PkCascade.tsx';
import { PkView } from './PkView.tsx';
import { texts } from './texts.ts';

type Created = { pkId: string; codes: string[] };

function CreatePk({
  agencyId,
  year,
  role,
  unit,
  list,
  onCreated,
}: {
  agencyId: string;
  year: number;
  role: Role;
  unit: PkUnit;
  list: PkList;
  onCreated: (created: Created) => void;
}) {
  const { t } = useTexts('pk', texts);
  const create = useCreatePkDraft(agencyId);
  const parent = list.units.find((u) => u.orgUnitId === unit.parentId);
  const staff = role === 'operator' || role === 'kepala';
  return (
    <Card withBorder padding="md" data-testid="pk-create">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('create.title', { unit: unit.name, year })}
        </Title>
        {list.renstraPeriod ? (
          <Text size="sm">{t('create.text', { year })}</Text>
        ) : (
          <Alert color="yellow">{t('noRenstra', { year })}</Alert>
        )}
        {parent && !parent.pk && (
          <Alert color="yellow" variant="light">
            {t('create.parentMissing')}
          </Alert>
        )}
        {staff ? (
          list.renstraPeriod && (
            <div>
              <Button
                loading={create.isPending}
                onClick={() =>
                  create.mutate(
                    { orgUnitId: unit.orgUnitId, year },
                    {
                      onSuccess: (result) =>
                        onCreated({
                          pkId: result.pkId,
                          codes: result.indicatorsWithoutTarget.map((i) => i.code),
                        }),
                    },
                  )
                }
                data-testid="pk-create-button"
              >
                {t('create.button')}
              </Button>
            </div>
          )
        ) : (
          <Text size="sm" c="dimmed">
            {t('create.readOnly')}
          </Text>
        )}
        {create.isError && <ProblemAlert error={create.error} />}
      </Stack>
    </Card>
  );
}

function UnitPk(props: {
  agencyId: string;
  year: number;
  role: Role;
  unit: PkUnit;
  places: Map<string, IndicatorPlace>;
  /** The Renstra (where each row sits) is still loading: the PK is read meanwhile, then shown grouped. */
  placesPending: boolean;
}) {
  const { placesPending, ...shown } = props;
  const pk = usePk(props.agencyId, props.unit.pk?.id);
  const signatories = useSignatories(props.agencyId);
  if (placesPending) return <Loading />;
  return (
    <QueryState query={pk}>
      {(data) => (
        <PkView
          key={data.id}
          {...shown}
          pk={data}
          signatories={signatories.data?.signatories ?? []}
          footer={props.unit.depth === 0 ? <PrintSection {...shown} /> : undefined}
        />
      )}
    </QueryState>
  );
}

/** Printing the head of agency's PK (the document job prints the latest version of the top unit's PK). */
function PrintSection({ agencyId, year, unit }: { agencyId: string; year: number; unit: PkUnit }) {
  const { t } = useTexts('pk', texts);
  const versionLabel = useVersionLabel();
  const jobs = useReportJobs(agencyId);
  const latest = unit.pk?.latest;
  if (!latest) return null;
  return (
    <Card withBorder padding="md" data-testid="pk-print">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('print.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('print.hint', { year, version: versionLabel(latest) })}
        </Text>
        <GenerateButtons jobs={jobs} year={year} kinds={[{ kind: 'pk' }]} />
        {jobs.jobs.length > 0 && <JobList jobs={jobs} />}
      </Stack>
    </Card>
  );
}

function PkYear({
  agencyId,
  year,
  role,
  list,
}: {
  agencyId: string;
  year: number;
  role: Role;
  list: PkList;
}) {
  const { t } = useTexts('pk', texts);
  const [search, setSearch] = useSearchParams();
  const [created, setCreated] = useState<Created | null>(null);
  const tree = useRenstraOfPeriod(agencyId, list.renstraPeriod?.id);
  const places = useMemo(() => indicatorPlaces(tree.data), [tree.data]);
  const top = list.units.find((u) => u.depth === 0);
  const unit = list.units.find((u) => u.orgUnitId === search.get('unit')) ?? top;
  if (!unit) return <Empty>{t('noUnits')}</Empty>;
  const select = (orgUnitId: string) =>
    setSearch(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.set('unit', orgUnitId);
        return params;
      },
      { replace: true },
    );
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 2, lg: 1 }}>
        <Stack gap="md">
          <Card withBorder padding="sm">
            <Stack gap="xs">
              <Title order={2} size="h5">
                {t('cascade.title')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('cascade.hint')}
              </Text>
              <ScrollArea.Autosize mah="calc(100vh - 260px)" type="auto" offsetScrollbars>
                <PkCascade units={list.units} selected={unit.orgUnitId} onSelect={select} />
              </ScrollArea.Autosize>
            </Stack>
          </Card>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }} order={{ base: 1, lg: 2 }}>
        <Stack gap="md">
          {created && unit.pk?.id === created.pkId && created.codes.length > 0 && (
            <Alert color="yellow" withCloseButton onClose={() => setCreated(null)}>
              {t('create.withoutTarget', { codes: created.codes.join(', ') })}
            </Alert>
          )}
          {tree.isError && <ProblemAlert error={tree.error} onRetry={() => void tree.refetch()} />}
          {unit.pk ? (
            <UnitPk
              agencyId={agencyId}
              year={year}
              role={role}
              unit={unit}
              places={places}
              placesPending={tree.isPending && list.renstraPeriod !== null}
            />
          ) : (
            <CreatePk
              agencyId={agencyId}
              year={year}
              role={role}
              unit={unit}
              list={list}
              onCreated={setCreated}
            />
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

export default function PkPage() {
  const { t } = useTexts('pk', texts);
  const { agencyId, year } = useAgencyYear();
  const me = useMe();
  const list = usePkList(agencyId, year);
  return (
    <Stack gap="md">
      <PageHeader title={t('title', { year })} description={t('description')} />
      <QueryState query={list}>
        {(data) =>
          me.data ? (
            <PkYear
              key={`${agencyId}:${year}`}
              agencyId={agencyId}
              year={year}
              role={me.data.role}
              list={data}
            />
          ) : (
            <Loading />
          )
        }
      </QueryState>
    </Stack>
  );
}
