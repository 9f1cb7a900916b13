/** What both benchmarks say about the machine they ran on. */
import { cpus, release, totalmem, type as osType } from 'node:os';

export function machineBasics(): { os: string; cpu: string; memoryBytes: number; node: string } {
  const cpu = cpus();
  return { os: `${osType()} ${release()}`, cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`, memoryBytes: totalmem(), node: process.version };
}
