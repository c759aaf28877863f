import { cpus, platform, release, totalmem } from 'node:os';

/** The machine a run was measured on, as one line. */
export function machineInfo(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB RAM`;
  return `${model}, ${cores.length} logical cores, ${memory}, ${platform()} ${release()}, Node ${process.version}`;
}
