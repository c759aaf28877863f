import {
  ageMs,
  DAY_MS,
  durationParts,
  firstResponseMs,
  formatDuration,
  HOUR_MS,
  hoursOf,
  MINUTE_MS,
  msBetween,
} from '../escalation-age';

const t = (key: string, options?: Record<string, unknown>) => `${key}${JSON.stringify(options ?? {})}`;

describe('escalation age', () => {
  it('splits a span into whole days, hours and minutes', () => {
    expect(durationParts(3 * DAY_MS + 4 * HOUR_MS + 59 * MINUTE_MS + 59_999)).toEqual({
      days: 3,
      hours: 4,
      minutes: 59,
    });
    expect(durationParts(0)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(durationParts(-5 * HOUR_MS)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('shows days and hours past a day, hours past an hour, else minutes', () => {
    expect(formatDuration(3 * DAY_MS + 4 * HOUR_MS + 10 * MINUTE_MS, t)).toBe(
      'escalations.duration.daysHours{"days":3,"hours":4}',
    );
    expect(formatDuration(DAY_MS, t)).toBe('escalations.duration.daysHours{"days":1,"hours":0}');
    expect(formatDuration(23 * HOUR_MS + 59 * MINUTE_MS, t)).toBe('escalations.duration.hours{"hours":23}');
    expect(formatDuration(59 * MINUTE_MS, t)).toBe('escalations.duration.minutes{"minutes":59}');
    expect(formatDuration(0, t)).toBe('escalations.duration.minutes{"minutes":0}');
  });

  it('measures an open escalation until now and a resolved one until its resolution', () => {
    const now = new Date('2026-05-10T12:00:00.000Z');
    expect(ageMs({ createdAt: '2026-05-07T08:00:00.000Z' }, now)).toBe(3 * DAY_MS + 4 * HOUR_MS);
    expect(ageMs({ createdAt: '2026-05-07T08:00:00.000Z', resolvedAt: '2026-05-08T08:30:00.000Z' }, now)).toBe(
      DAY_MS + 30 * MINUTE_MS,
    );
  });

  it('measures the first response, none while unanswered', () => {
    expect(firstResponseMs({ createdAt: '2026-05-07T08:00:00Z', firstResponseAt: '2026-05-07T10:15:00Z' })).toBe(
      2 * HOUR_MS + 15 * MINUTE_MS,
    );
    expect(firstResponseMs({ createdAt: '2026-05-07T08:00:00Z', firstResponseAt: null })).toBeNull();
    expect(msBetween('2026-05-07T08:00:00Z', new Date('2026-05-07T09:00:00Z'))).toBe(HOUR_MS);
  });

  it('rounds hours to one decimal', () => {
    expect(hoursOf(26.54 * HOUR_MS)).toBe(26.5);
    expect(hoursOf(26.56 * HOUR_MS)).toBe(26.6);
    expect(hoursOf(-HOUR_MS)).toBe(0);
  });
});
