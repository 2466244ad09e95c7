// One way to call the API: bearer token, JSON, ETags, Idempotency-Key, and RFC 9457 problems turned into ApiError.
import { currentSession } from './auth';
import type { Problem } from './types';

export class ApiError extends Error {
  constructor(public readonly status: number, public readonly problem: Problem | null, public readonly retryAfter: number | null = null) {
    super(problem?.titleEn ?? `HTTP ${status}`);
  }
}

export interface ApiResponse<T> { data: T; etag: string | null; status: number }

export interface CallOptions {
  body?: unknown;
  ifMatch?: string | null;
  idempotencyKey?: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  token?: string | null; // override (sign-in check); null sends no token
}

export async function api<T>(method: string, path: string, opts: CallOptions = {}): Promise<ApiResponse<T>> {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(opts.query ?? {})) {
    if (v !== null && v !== undefined && v !== '') {
      url.searchParams.set(k, String(v));
    }
  }
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  const token = opts.token === undefined ? currentSession()?.token : opts.token;
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  if (opts.ifMatch) {
    headers['If-Match'] = opts.ifMatch;
  }
  if (opts.idempotencyKey) {
    headers['Idempotency-Key'] = opts.idempotencyKey;
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  } catch {
    throw new ApiError(0, null);
  }
  const text = await response.text();
  const json = text && /json/.test(response.headers.get('Content-Type') ?? '') ? JSON.parse(text) : null;
  if (!response.ok) {
    const retry = Number(response.headers.get('Retry-After'));
    throw new ApiError(response.status, json as Problem | null, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return { data: (json ?? text) as T, etag: response.headers.get('ETag'), status: response.status };
}

/** A fresh Idempotency-Key; a form keeps one per attempt so a retried click cannot act twice. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
}

/** Escapes one path segment (project ids are ours, but be strict). */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

/** A binary or file answer (xlsx, png, csv) as a Blob, with the same auth and problem handling. */
export async function apiBlob(path: string, query: Record<string, string | number | null | undefined> = {}): Promise<Blob> {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(query)) {
    if (v !== null && v !== undefined && v !== '') {
      url.searchParams.set(k, String(v));
    }
  }
  const token = currentSession()?.token;
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, null);
  }
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(response.status, /json/.test(response.headers.get('Content-Type') ?? '') && text ? JSON.parse(text) as Problem : null);
  }
  return response.blob();
}
