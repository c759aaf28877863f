import { Agent, request } from 'node:http';

/** What a sign-in attempt came to, as the attacker sees it. */
export type SignInOutcome = 'SignInSuccess' | 'INVALID_CREDENTIALS' | 'TOO_MANY_ATTEMPTS';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { __typename ... on ErrorResult { errorCode } } }`;

export interface PostResult {
  status: number;
  body: string;
  setCookie: string[];
}

/** Keeps connections open between attempts (one pool per local address), as a real bot would. */
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** Closes the kept connections (before the server stops). */
export function closeBotConnections(): void {
  agent.destroy();
}

/**
 * A POST to `/graphql` from a chosen loopback address (Linux routes all of 127.0.0.0/8 to the
 * loopback interface), so one test process can play a botnet: the server sees each address as
 * `req.socket.remoteAddress`, exactly as it would see distinct clients.
 */
export function postFrom(
  baseUrl: string,
  localAddress: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<PostResult> {
  const url = new URL('/graphql', baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One sign-in attempt from an address; answers the outcome the attacker learns. */
export async function signInFrom(
  baseUrl: string,
  localAddress: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignInOutcome> {
  const res = await postFrom(
    baseUrl,
    localAddress,
    JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
    headers,
  );
  const signIn = (JSON.parse(res.body) as { data?: { signIn?: { __typename: string; errorCode?: string } } }).data
    ?.signIn;
  if (!signIn) throw new Error(`sign-in answered no result: ${res.status} ${res.body}`);
  return (signIn.errorCode ?? signIn.__typename) as SignInOutcome;
}

/** Runs the tasks with at most `width` in flight, keeping each task's own order of results. */
export async function inParallel<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}
