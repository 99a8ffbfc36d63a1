/* eslint-disable @typescript-eslint/no-explicit-any -- test responses are read loosely */
/** A browser-like client for the HTTP tests: keeps the session cookie and sends the CSRF header on unsafe requests. */
export class TestClient {
  private cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly bearer: string | null = null,
  ) {}

  /** Sends a request; JSON bodies are serialised, FormData sent as multipart. */
  async request(
    method: string,
    path: string,
    body?: unknown,
    opts: { csrf?: boolean; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<{ status: number; body: any; text: string; bytes: Buffer; headers: Headers }> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (method !== 'GET' && this.csrfToken && opts.csrf !== false) headers['x-csrf-token'] = this.csrfToken;
    let payload: RequestInit['body'] | undefined;
    if (body instanceof FormData) payload = body;
    else if (typeof body === 'string') payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      ...(payload !== undefined ? { body: payload } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair && !pair.endsWith('=') ? pair : null;
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed, text, bytes, headers: res.headers };
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body: unknown = {}, opts?: { csrf?: boolean }) {
    return this.request('POST', path, body, opts);
  }
  patch(path: string, body: unknown) {
    return this.request('PATCH', path, body);
  }
  del(path: string) {
    return this.request('DELETE', path);
  }

  /** Signs in; throws unless it worked. */
  async login(username: string, password: string): Promise<any> {
    const r = await this.post('/api/auth/login', { username, password });
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${r.text}`);
    this.csrfToken = r.body.csrfToken;
    return r.body;
  }
}
