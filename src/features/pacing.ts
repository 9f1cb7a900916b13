/**
 * Pacing: the presentation clock and the comparison with the suggested
 * minutes per part (slides/settings.ts `pacingMinutes`). Pure functions of
 * an explicit `now`, so the main window can keep the clock (and persist it
 * across a reload) while the speaker view only displays it.
 */
import type { PartKey } from '../model/speech.ts';

export interface ClockState {
  readonly running: boolean;
  /** Milliseconds counted up to `mark`. */
  readonly elapsed: number;
  /** Milliseconds counted per part up to `mark`. */
  readonly perPart: Readonly<Partial<Record<PartKey, number>>>;
  /** Epoch ms up to which time has been counted. */
  readonly mark: number;
  /** The part that time is currently counted towards. */
  readonly part: PartKey | null;
}

export const idleClock: ClockState = { running: false, elapsed: 0, perPart: {}, mark: 0, part: null };

/** Counts the time since `mark` (when running) towards the total and the current part. */
export function accrue(c: ClockState, now: number): ClockState {
  if (!c.running) return { ...c, mark: now };
  const dt = Math.max(0, now - c.mark);
  const perPart = { ...c.perPart };
  if (c.part) perPart[c.part] = (perPart[c.part] ?? 0) + dt;
  return { ...c, elapsed: c.elapsed + dt, perPart, mark: now };
}

export function startClock(c: ClockState, now: number): ClockState {
  return c.running ? c : { ...accrue(c, now), running: true };
}

export function pauseClock(c: ClockState, now: number): ClockState {
  return c.running ? { ...accrue(c, now), running: false } : c;
}

export function toggleClock(c: ClockState, now: number): ClockState {
  return c.running ? pauseClock(c, now) : startClock(c, now);
}

/** The slide moved to another part: count from now on towards that part. */
export function atPart(c: ClockState, now: number, part: PartKey | null): ClockState {
  return c.part === part ? c : { ...accrue(c, now), part };
}

/** Starts again from zero, keeping whether it runs and the current part. */
export function resetClock(c: ClockState, now: number): ClockState {
  return { running: c.running, elapsed: 0, perPart: {}, mark: now, part: c.part };
}

/** The clock as it reads at `now`, without changing it. */
export function readClock(c: ClockState, now: number): { elapsed: number; perPart: Partial<Record<PartKey, number>> } {
  const r = accrue(c, now);
  return { elapsed: r.elapsed, perPart: r.perPart };
}

/** Parses a stored clock; anything malformed gives the idle clock. */
export function parseClock(raw: string | null): ClockState {
  if (!raw) return idleClock;
  try {
    const v = JSON.parse(raw) as Partial<ClockState>;
    const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0);
    const perPart: Partial<Record<PartKey, number>> = {};
    if (v.perPart && typeof v.perPart === 'object') for (const [k, ms] of Object.entries(v.perPart)) perPart[k as PartKey] = num(ms);
    return { running: v.running === true, elapsed: num(v.elapsed), perPart, mark: num(v.mark), part: typeof v.part === 'string' ? v.part : null };
  } catch {
    return idleClock;
  }
}

export interface PartPlan {
  readonly part: PartKey;
  readonly slides: number;
  readonly minutes: number;
  /** Planned start and end, in ms from the start of the speech. */
  readonly start: number;
  readonly end: number;
}

/** The planned timeline: parts in speaking order with their suggested minutes. */
export function plan(parts: readonly { part: PartKey; slides: number }[], minutes: Readonly<Partial<Record<PartKey, number>>>): PartPlan[] {
  let t = 0;
  return parts.map(({ part, slides }) => {
    const ms = Math.max(0, minutes[part] ?? 0) * 60_000;
    const p = { part, slides, minutes: ms / 60_000, start: t, end: t + ms };
    t += ms;
    return p;
  });
}

/** Where the clock should stand when slide `indexInPart` (0-based) of `part` begins. */
export function expectedAt(plans: readonly PartPlan[], part: PartKey, indexInPart: number): number {
  const p = plans.find((x) => x.part === part);
  if (!p) return 0;
  const share = p.slides > 0 ? Math.min(Math.max(indexInPart, 0), p.slides) / p.slides : 0;
  return p.start + (p.end - p.start) * share;
}

export type PaceStatus = 'ahead' | 'behind' | 'on';

/** Ahead when less time has passed than planned for this point; within `tolerance` counts as on time. */
export function pace(elapsed: number, expected: number, tolerance = 30_000): { status: PaceStatus; delta: number } {
  const delta = elapsed - expected;
  if (Math.abs(delta) <= tolerance) return { status: 'on', delta };
  return { status: delta > 0 ? 'behind' : 'ahead', delta };
}

/** 0:05, 12:34, 1:02:03. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The pace in words for the speaker: 比计划提前 1:20 / 比计划落后 2:05 / 与计划相符. */
export function paceLabel(p: { status: PaceStatus; delta: number }): string {
  if (p.status === 'on') return '与计划相符';
  return `比计划${p.status === 'ahead' ? '提前' : '落后'} ${formatDuration(Math.abs(p.delta))}`;
}
