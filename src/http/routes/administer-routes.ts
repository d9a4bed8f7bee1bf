/** Administration: regions, agencies, units, users, measurement settings. */
import { createAgency, createAgencyInput } from '../../services/administer/create-agency.ts';
import { createOrgUnit, createOrgUnitInput } from '../../services/administer/create-org-unit.ts';
import { createRegion, createRegionInput } from '../../services/administer/create-region.ts';
import { createUser, createUserInput } from '../../services/administer/create-user.ts';
import { listAgencies, listAgenciesInput } from '../../services/administer/list-agencies.ts';
import {
  listMeasurementSettings,
  listMeasurementSettingsInput,
} from '../../services/administer/list-measurement-settings.ts';
import { listOrgUnits, listOrgUnitsInput } from '../../services/administer/list-org-units.ts';
import { listUsers, listUsersInput } from '../../services/administer/list-users.ts';
import { resetPassword, resetPasswordInput } from '../../services/administer/reset-password.ts';
import {
  setMeasurementSetting,
  setMeasurementSettingInput,
} from '../../services/administer/set-measurement-setting.ts';
import { setUserActive, setUserActiveInput } from '../../services/administer/set-user-active.ts';
import type { ServiceRoute } from '../service-route.ts';

const tag = 'administrasi';

export const administerRoutes: readonly ServiceRoute[] = [
  {
    method: 'GET',
    url: '/agencies',
    tag,
    summary: 'Perangkat daerah yang boleh dibuka pengguna, dengan tahun datanya',
    input: listAgenciesInput,
    run: listAgencies,
  },
  {
    method: 'POST',
    url: '/regions',
    tag,
    summary: 'Membuat pemda',
    input: createRegionInput,
    status: 201,
    run: createRegion,
  },
  {
    method: 'POST',
    url: '/regions/:regionId/agencies',
    tag,
    summary: 'Membuat perangkat daerah',
    input: createAgencyInput,
    status: 201,
    run: createAgency,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/units',
    tag,
    summary: 'Unit organisasi perangkat daerah, urut pohon dengan kedalamannya',
    input: listOrgUnitsInput,
    run: listOrgUnits,
  },
  {
    method: 'POST',
    url: '/agencies/:agencyId/units',
    tag,
    summary: 'Membuat unit organisasi',
    input: createOrgUnitInput,
    status: 201,
    run: createOrgUnit,
  },
  { method: 'GET', url: '/users', tag, summary: 'Daftar pengguna', input: listUsersInput, run: listUsers },
  {
    method: 'POST',
    url: '/users',
    tag,
    summary: 'Membuat pengguna dengan peran',
    input: createUserInput,
    status: 201,
    run: createUser,
  },
  {
    method: 'PATCH',
    url: '/users/:userId/active',
    tag,
    summary: 'Mengaktifkan atau menonaktifkan pengguna',
    input: setUserActiveInput,
    run: setUserActive,
  },
  {
    method: 'PUT',
    url: '/users/:userId/password',
    tag,
    summary: 'Mengganti kata sandi pengguna',
    input: resetPasswordInput,
    run: resetPassword,
  },
  {
    method: 'GET',
    url: '/settings/measurement',
    tag,
    summary: 'Pengaturan pengukuran pemda dan pengecualian perangkat daerahnya',
    input: listMeasurementSettingsInput,
    run: listMeasurementSettings,
  },
  {
    method: 'PUT',
    url: '/settings/measurement',
    tag,
    summary: 'Skala, metode rata-rata dan batas capaian (pemda atau perangkat daerah)',
    input: setMeasurementSettingInput,
    run: setMeasurementSetting,
  },
];
