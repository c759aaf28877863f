/**
 * A GraphQL caller for load tools: one cookie jar (a signed-in browser) or an integration key.
 * A transport failure (server gone, connection reset) throws `TransportError`; anything the server
 * answered, errors included, is returned, so a caller can tell "no answer" from "refused".
 */
export interface WorkloadAnswer<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class TransportError extends Error {}

export class WorkloadClient {
  cookie: string | undefined;

  constructor(
    public baseUrl: string,
    private readonly bearer?: string,
    private readonly timeoutMs = 30_000,
  ) {}

  async request<T>(query: string, variables?: Record<string, unknown>): Promise<WorkloadAnswer<T>> {
    let res: Response;
    let raw: string;
    try {
      res = await fetch(`${this.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': 'en',
          ...(this.cookie ? { cookie: this.cookie } : {}),
          ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      raw = await res.text();
    } catch (e) {
      throw new TransportError(e instanceof Error ? `${e.message} ${String(e.cause ?? '')}` : String(e));
    }
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    let parsed: Omit<WorkloadAnswer<T>, 'status'> = {};
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = { errors: [{ message: `not JSON (HTTP ${res.status}): ${raw.slice(0, 200)}` }] };
    }
    return { status: res.status, ...parsed };
  }

  /** Signs in; throws unless a session cookie came back. */
  async signIn(email: string, password: string): Promise<void> {
    const res = await this.request<{ signIn: { __typename: string } }>(
      `mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }`,
      { input: { email, password } },
    );
    if (!this.cookie) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(res)}`);
  }
}
