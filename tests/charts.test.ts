// The hand-written charts' scales: round ticks, zero-based axes for lengths, the linear map.
import { describe, expect, it } from 'vitest';
import { formatNumber, linear, niceStep, niceTicks, zeroTicks } from '../src/charts/scale.ts';

describe('chart scales', () => {
  it('steps are 1, 2 or 5 × 10ⁿ', () => {
    expect(niceStep(10, 4)).toBe(5);
    expect(niceStep(100, 4)).toBe(50);
    expect(niceStep(9500, 3)).toBe(5000);
    expect(niceStep(0.6, 3)).toBe(0.2);
    expect(niceStep(0, 4)).toBe(1);
    for (const span of [0.03, 0.7, 3, 42, 777, 93860]) {
      const s = niceStep(span, 4);
      const mantissa = s / 10 ** Math.floor(Math.log10(s));
      expect([1, 2, 5, 10]).toContain(Math.round(mantissa * 1e9) / 1e9);
    }
  });

  it('ticks cover the domain with round values and no floating-point noise', () => {
    expect(niceTicks(0, 74.8, 3)).toEqual([0, 50, 100]);
    expect(niceTicks(0, 74.8, 4)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0, 0.62, 2)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    const t = niceTicks(2.63, 3.15, 4);
    expect(t[0]).toBeLessThanOrEqual(2.63);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(3.15);
    for (const v of t) expect(String(v).length).toBeLessThan(6);
    // a zero span still gets an axis
    expect(niceTicks(5, 5).length).toBeGreaterThan(1);
    expect(niceTicks(0, 0)).toEqual([0, 0.5, 1]);
  });

  it('bars are drawn against a zero-based axis', () => {
    expect(zeroTicks([8900, 9500], 3)[0]).toBe(0);
    expect(zeroTicks([8900, 9500], 3).at(-1)).toBeGreaterThanOrEqual(9500);
    expect(zeroTicks([71.4, 74.8])[0]).toBe(0);
    // a negative change reaches below zero
    expect(zeroTicks([-2, 3])[0]).toBeLessThanOrEqual(-2);
  });

  it('maps a domain onto a range, inverted axes included', () => {
    const y = linear([0, 100], [100, 0]);
    expect(y(0)).toBe(100);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(75);
    const x = linear([2019, 2025], [0, 60]);
    expect(x(2020)).toBe(10);
    expect(linear([3, 3], [5, 9])(3)).toBe(5);
  });

  it('formats numbers as the plan prints them', () => {
    expect(formatNumber(93860, 'en')).toBe('93,860');
    expect(formatNumber(58.9, 'zh')).toBe('58.9');
    expect(formatNumber(11.14, 'en')).toBe('11.14');
  });
});
