/** A GraphQL client over real HTTP with its own cookie (one signed-in browser). */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldErrors?: { field: string; message: string }[] } }[];
  setCookie: string[];
  raw: string;
}

export class GraphQLClient {
  cookie: string | undefined;

  constructor(
    readonly baseUrl: string,
    readonly locale: 'ja' | 'en' = 'en',
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>> {
    return this.post<T>(JSON.stringify({ query, variables }));
  }

  async post<T>(body: string, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.locale,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body,
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const raw = await res.text();
    let parsed: { data?: T; errors?: GqlResponse['errors'] } = {};
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = {};
    }
    return { status: res.status, data: parsed.data, errors: parsed.errors, setCookie, raw };
  }

  async signIn(email: string, password: string): Promise<GqlResponse> {
    const res = await this.request(
      `mutation ($input: SignInInput!) { signIn(input: $input) { __typename ... on ErrorResult { errorCode message } } }`,
      { input: { email, password } },
    );
    return res;
  }

  /** A second client that shares this one's session (same signed-in browser, separate cookie jar). */
  clone(): GraphQLClient {
    const c = new GraphQLClient(this.baseUrl, this.locale);
    c.cookie = this.cookie;
    return c;
  }
}

export function errorCode(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
