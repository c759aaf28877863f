import type { ApiServer } from '../../../src/scripts/workload/api-server';
import { randomInt } from '../../../src/bench/seeded-random';
import type { CrashLedger } from './crash-ledger';
import type { Lane } from './crash-lanes';

export interface CrashRounds {
  server: ApiServer;
  lanes: Lane[];
  ledger: CrashLedger;
  random: () => number;
  rounds: number;
  /** The kill comes this long into each round's load: [min, max] ms. */
  killAfterMs: [number, number];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Answers each lane gets in a round before the kill clock starts: a slow start is not what is tested. */
const ANSWERS_BEFORE_KILL_CLOCK = 2;

/** Waits until every lane still writing has been answered a few times this round (at most 30 s). */
async function warmedUp(lanes: Lane[]): Promise<void> {
  const before = lanes.map((lane) => lane.answered);
  const deadline = Date.now() + 30_000;
  const ready = () => lanes.every((lane, i) => lane.finished || lane.answered - before[i] >= ANSWERS_BEFORE_KILL_CLOCK);
  while (!ready() && Date.now() < deadline) await sleep(10);
}

/**
 * Each round: (re)start the server, let every lane write, SIGKILL the server at a random moment
 * (once every lane has had a few answers, so that a slow machine still gets a real load), wait
 * until every lane has noticed. Then one last start in which each lane only retries the write
 * the last kill left unanswered, so every retried write ends with a known fate.
 */
export async function runCrashRounds({
  server,
  lanes,
  ledger,
  random,
  rounds,
  killAfterMs,
}: CrashRounds): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    if (!server.running) await server.start();
    let killed = false;
    const load = lanes.map((lane) => lane.run(() => killed));
    await warmedUp(lanes);
    await sleep(randomInt(random, killAfterMs[0], killAfterMs[1]));
    ledger.inFlightAtKill.push(lanes.filter((l) => l.inFlight).length);
    await server.kill('SIGKILL');
    killed = true;
    await Promise.all(load);
  }
  await server.start();
  await Promise.all(lanes.map((lane) => lane.run(() => false, true)));
}
