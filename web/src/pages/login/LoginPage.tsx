/** The login page: username and password; the demo accounts when the demo data is loaded. */
import {
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { useLogin, useMe } from '../../api/session.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { setLanguage, useTexts, type Language } from '../../i18n/i18n.ts';
import { texts } from './texts.ts';

type DemoLogin = { username: string; password: string; role: string };

function DemoLogins({ onPick }: { onPick: (login: DemoLogin) => void }) {
  const { t } = useTexts('login', texts);
  const demo = useQuery({
    queryKey: ['demo-logins'],
    queryFn: () => api.get<{ logins: DemoLogin[] }>('/auth/demo-logins'),
    staleTime: Infinity,
  });
  const logins = demo.data?.logins ?? [];
  if (logins.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" w="100%" maw={520}>
      <Text fw={600}>{t('demoTitle')}</Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t('demoHint')}
      </Text>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {logins.map((login) => (
            <Table.Tr key={login.username}>
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => onPick(login)}>
                  {login.username}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <code style={{ whiteSpace: 'nowrap' }}>{login.password}</code>
              </Table.Td>
              <Table.Td>{t(`common:header.role.${login.role}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function LoginPage() {
  const { t, i18n } = useTexts('login', texts);
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (me.data) return <Navigate to={from} replace />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!username || !password) return;
    login.mutate({ username, password }, { onSuccess: () => void navigate(from, { replace: true }) });
  };
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack align="center" gap="md" w="100%">
        <Stack gap={0} align="center">
          <Title order={1} c="teal.8">
            {t('common:appName')}
          </Title>
          <Text c="dimmed" ta="center">
            {t('common:tagline')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="lg" radius="md" w="100%" maw={420}>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={2} size="h3">
                {t('title')}
              </Title>
              {login.isError && <ProblemAlert error={login.error} />}
              <TextInput
                label={t('username')}
                name="username"
                autoComplete="username"
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={touched && !username ? t('required') : undefined}
                autoFocus
              />
              <PasswordInput
                label={t('password')}
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={touched && !password ? t('required') : undefined}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <DemoLogins
          onPick={(demo) => {
            setUsername(demo.username);
            setPassword(demo.password);
          }}
        />
        <SegmentedControl
          size="xs"
          aria-label={t('common:header.language')}
          value={i18n.language === 'en' ? 'en' : 'id'}
          onChange={(value) => setLanguage(value as Language)}
          data={[
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Stack>
    </Center>
  );
}
