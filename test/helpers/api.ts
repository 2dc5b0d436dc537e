import type { CreateEventResponse, JoinResponse } from '../../shared/protocol/api.ts';
import { testAdminToken } from './server.ts';

export async function api<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function createEvent(
  baseUrl: string,
  groups = ['Groep 1', 'Groep 2'],
  title = 'Test event',
): Promise<CreateEventResponse> {
  const { status, body } = await api<CreateEventResponse>(baseUrl, 'POST', '/api/events', {
    token: testAdminToken,
    body: { title, groups },
  });
  if (status !== 201) throw new Error(`create event failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

export async function join(
  baseUrl: string,
  code: string,
  name: string,
  groupId?: string,
): Promise<JoinResponse> {
  const { status, body } = await api<JoinResponse>(baseUrl, 'POST', '/api/join', {
    body: { code, name, groupId },
  });
  if (status !== 200) throw new Error(`join failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

export async function mintToken(
  baseUrl: string,
  eventId: string,
  organizerToken: string,
  role: string,
): Promise<string> {
  const { status, body } = await api<{ token: string }>(baseUrl, 'POST', `/api/events/${eventId}/tokens`, {
    token: organizerToken,
    body: { role },
  });
  if (status !== 201) throw new Error(`mint token failed: ${status} ${JSON.stringify(body)}`);
  return body.token;
}
