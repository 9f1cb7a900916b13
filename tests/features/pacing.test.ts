import { describe, expect, it } from 'vitest';
import { accrue, atPart, expectedAt, formatDuration, idleClock, pace, paceLabel, parseClock, pauseClock, plan, readClock, resetClock, startClock, toggleClock } from '../../src/features/pacing.ts';

const MIN = 60_000;

describe('the presentation clock', () => {
  it('counts nothing until started, then counts towards the current part', () => {
    let c = atPart(idleClock, 0, 'open');
    expect(readClock(c, 10_000).elapsed).toBe(0);
    c = startClock(c, 10_000);
    expect(readClock(c, 25_000)).toEqual({ elapsed: 15_000, perPart: { open: 15_000 } });
    c = atPart(c, 25_000, 's1');
    expect(readClock(c, 40_000)).toEqual({ elapsed: 30_000, perPart: { open: 15_000, s1: 15_000 } });
  });

  it('stops counting while paused and resumes where it stood', () => {
    let c = startClock(atPart(idleClock, 0, 's2'), 0);
    c = pauseClock(c, 5_000);
    expect(readClock(c, 60_000).elapsed).toBe(5_000);
    c = toggleClock(c, 60_000);
    expect(c.running).toBe(true);
    expect(readClock(c, 61_000).perPart.s2).toBe(6_000);
  });

  it('resets to zero but keeps running and the part', () => {
    let c = startClock(atPart(idleClock, 0, 's3'), 0);
    c = resetClock(c, 90_000);
    expect(c.running).toBe(true);
    expect(readClock(c, 91_000)).toEqual({ elapsed: 1_000, perPart: { s3: 1_000 } });
  });

  it('never counts backwards if the system clock jumps back', () => {
    const c = startClock(atPart(idleClock, 0, 's1'), 10_000);
    expect(accrue(c, 5_000).elapsed).toBe(0);
  });

  it('survives a round trip through storage and rejects junk', () => {
    const c = accrue(startClock(atPart(idleClock, 0, 's4'), 0), 7_000);
    expect(parseClock(JSON.stringify(c))).toEqual(c);
    expect(parseClock(null)).toEqual(idleClock);
    expect(parseClock('{oops')).toEqual(idleClock);
    expect(parseClock('{"elapsed":-5,"perPart":{"s1":"x"},"running":"yes"}')).toEqual({ ...idleClock, perPart: { s1: 0 } });
  });
});

describe('pacing against the suggested minutes', () => {
  const plans = plan(
    [
      { part: 'open', slides: 2 },
      { part: 's1', slides: 4 },
      { part: 's2', slides: 1 },
    ],
    { open: 2, s1: 8, s2: 5 },
  );

  it('lays the parts end to end', () => {
    expect(plans.map((p) => [p.part, p.start / MIN, p.end / MIN])).toEqual([
      ['open', 0, 2],
      ['s1', 2, 10],
      ['s2', 10, 15],
    ]);
  });

  it('expects the clock to move through a part in step with its slides', () => {
    expect(expectedAt(plans, 'open', 0)).toBe(0);
    expect(expectedAt(plans, 's1', 0)).toBe(2 * MIN);
    expect(expectedAt(plans, 's1', 2)).toBe(6 * MIN);
    expect(expectedAt(plans, 's2', 0)).toBe(10 * MIN);
    expect(expectedAt(plans, 'close', 0)).toBe(0);
  });

  it('says ahead, behind or on time, with a tolerance', () => {
    expect(pace(5 * MIN, 6 * MIN)).toEqual({ status: 'ahead', delta: -MIN });
    expect(pace(7 * MIN, 6 * MIN)).toEqual({ status: 'behind', delta: MIN });
    expect(pace(6 * MIN + 20_000, 6 * MIN).status).toBe('on');
    expect(paceLabel(pace(5 * MIN, 6 * MIN))).toBe('比计划提前 1:00');
    expect(paceLabel(pace(8 * MIN + 5_000, 6 * MIN))).toBe('比计划落后 2:05');
    expect(paceLabel(pace(0, 0))).toBe('与计划相符');
  });

  it('formats durations for a glance', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
