// Scales and ticks for the hand-written SVG charts: a linear map and "nice" round ticks (1, 2, 5 × 10ⁿ).
// Pure and tested (tests/charts.test.ts).

/** Rounds away floating-point noise (0.1 + 0.2 → 0.3). */
const clean = (v: number) => Number.parseFloat(v.toPrecision(12));

/** A round step (1, 2 or 5 × 10ⁿ) that splits a span into about `count` parts. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return clean((f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p);
}

/** Round ticks covering [lo, hi]: the first ≤ lo, the last ≥ hi. A zero span gets a span of its own. */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) / 2;
    lo -= lo === 0 ? 0 : pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, count);
  const start = Math.floor(clean(lo / step)) * step;
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const v = clean(start + i * step);
    ticks.push(v);
    if (v >= hi || i > 50) break;
  }
  return ticks;
}

/** Ticks of a zero-based axis for some values: what a length (a bar) must be drawn against. */
export function zeroTicks(values: readonly number[], count = 4): number[] {
  const finite = values.filter(Number.isFinite);
  return niceTicks(Math.min(0, ...finite), Math.max(0, ...finite), count);
}

export type Scale = ((v: number) => number) & { domain: [number, number]; range: [number, number] };

/** The linear map of a domain onto a range (a zero-width domain maps everything to the range's start). */
export function linear(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const f = ((v: number) => (d1 === d0 ? r0 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0))) as Scale;
  f.domain = domain;
  f.range = range;
  return f;
}

/** A number as the plan prints it: no trailing zeros, up to two decimals, grouped thousands. */
export function formatNumber(v: number, lang: 'zh' | 'en'): string {
  return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 });
}
