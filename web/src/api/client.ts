/**
 * The one way the web app talks to the server: JSON over /api with the
 * session cookie, the CSRF token on every state-changing request, the UI
 * language in a header (so errors come back in it), and problem+json errors
 * turned into ApiError with the failing fields.
 */
import i18n from '../i18n/i18n.ts';

export type FieldProblem = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly errors: readonly FieldProblem[];

  constructor(
    status: number,
    problem: { type?: string; title?: string; detail?: string; errors?: FieldProblem[] },
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.type = problem.type ?? '';
    this.title = problem.title ?? '';
    this.errors = problem.errors ?? [];
  }

  /** The message for one field (exact path, or the first path under it), for showing next to that field. */
  fieldMessage(path: string): string | undefined {
    return (
      this.errors.find((e) => e.path === path)?.message ??
      this.errors.find((e) => e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`))?.message
    );
  }
}

/** Fired when the server says the session is gone; the app returns to the login page. */
export const SIGNED_OUT_EVENT = 'akuntabel:signed-out';

const CSRF_COOKIE = 'akuntabel_csrf';

function csrfToken(): string {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${CSRF_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(CSRF_COOKIE.length + 1)) : '';
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function requestHeaders(method: string, json: boolean): Record<string, string> {
  return {
    accept: 'application/json, application/problem+json',
    'x-akuntabel-locale': i18n.language === 'en' ? 'en' : 'id',
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken() }),
  };
}

/** Turns a non-2xx response into an ApiError (problem+json when the server sent one). */
export async function problemOf(response: Response): Promise<ApiError> {
  let problem: { type?: string; title?: string; detail?: string; errors?: FieldProblem[] } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    problem = { detail: response.statusText };
  }
  if (response.status === 401) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  return new ApiError(response.status, problem);
}

async function send<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${withQuery(path, query)}`, {
      method,
      credentials: 'same-origin',
      headers: requestHeaders(method, body !== undefined),
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, {
      title: i18n.t('common:network.title'),
      detail: i18n.t('common:network.detail'),
    });
  }
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => send<T>('GET', path, undefined, query),
  post: <T>(path: string, body: unknown = {}) => send<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => send<T>('DELETE', path, body),
};

/**
 * Uploads raw bytes (evidence, logo, imports): the file's type as Content-Type,
 * its name in X-File-Name, and any headers the route asks for.
 */
export async function uploadFile<T>(
  path: string,
  file: File,
  options: { query?: Query; headers?: Record<string, string> } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${withQuery(path, options.query)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        ...requestHeaders('POST', false),
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
        ...options.headers,
      },
      body: file,
    });
  } catch {
    throw new ApiError(0, { title: i18n.t('common:network.title'), detail: i18n.t('common:network.detail') });
  }
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}
