// Small hand-written SVG charts (no chart library): a level on a time axis (vertical bars at their years,
// from zero), a rate or change (horizontal bars from zero, never on the time axis), and a stacked bar
// for amounts. Labels use the page's fonts; each chart names itself (role=img, <title>) and points to
// its text equivalent, a table beside it (aria-describedby).
import type { Lang } from '../types.ts';
import { formatNumber, linear, zeroTicks } from './scale.ts';

export type Binding = 'binding' | 'expected';

export interface LevelBar {
  year: number;
  value: number;
  target: boolean;
  /** the year's label, e.g. 2019* */
  label: string;
}

const W = 210;

/** Levels over 2019–2025: each value a bar at its year, zero-based; targets styled by binding. */
export function LevelChart({ bars, binding, title, describedBy, lang }: { bars: LevelBar[]; binding: Binding; title: string; describedBy?: string; lang: Lang }) {
  const H = 118;
  const m = { l: 38, r: 10, t: 16, b: 20 };
  const ticks = zeroTicks(bars.map((b) => b.value), 3);
  const y = linear([ticks[0], ticks[ticks.length - 1]], [H - m.b, m.t]);
  const x = linear([2019, 2025], [m.l + 12, W - m.r - 12]);
  const bw = 18;
  return (
    <svg class="chart level-chart" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} aria-describedby={describedBy}>
      <title>{title}</title>
      {ticks.map((v) => (
        <g key={v} class="tick">
          <line x1={m.l} x2={W - m.r} y1={y(v)} y2={y(v)} />
          <text x={m.l - 4} y={y(v)} dy="0.32em" text-anchor="end">
            {formatNumber(v, lang)}
          </text>
        </g>
      ))}
      <line class="axis" x1={m.l} x2={W - m.r} y1={y(0)} y2={y(0)} />
      {[2019, 2020, 2021, 2022, 2023, 2024, 2025].map((yr) => (
        <line key={yr} class="year-tick" x1={x(yr)} x2={x(yr)} y1={y(0)} y2={y(0) + 3} />
      ))}
      {bars.map((b) => {
        const top = Math.min(y(b.value), y(0));
        const h = Math.max(1, Math.abs(y(0) - y(b.value)));
        return (
          <g key={`${b.year}-${b.value}`} class={`bar ${b.target ? `bar-${binding}` : 'bar-actual'}`} data-year={b.year}>
            <rect x={x(b.year) - bw / 2} y={top} width={bw} height={h} />
            <text class="value" x={x(b.year)} y={top - 3} text-anchor="middle">
              {formatNumber(b.value, lang)}
            </text>
            <text class="year" x={x(b.year)} y={H - 5} text-anchor="middle">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface RateBar {
  label: string;
  value: number;
  target: boolean;
  /** the value as shown at the bar's end, with its unit (5.0%/年, ［6.5］) */
  text: string;
}

/** Rates a year or cumulative changes: horizontal bars from zero, one row each (not on a time axis). */
export function RateChart({ bars, binding, title, describedBy, lang }: { bars: RateBar[]; binding: Binding; title: string; describedBy?: string; lang: Lang }) {
  const row = 22;
  const m = { l: 92, r: 62, t: 6, b: 16 };
  const H = m.t + m.b + row * bars.length;
  const ticks = zeroTicks(bars.map((b) => b.value), 2);
  const x = linear([ticks[0], ticks[ticks.length - 1]], [m.l, W + 40 - m.r]);
  const width = W + 40;
  return (
    <svg class="chart rate-chart" width={width} height={H} viewBox={`0 0 ${width} ${H}`} role="img" aria-label={title} aria-describedby={describedBy}>
      <title>{title}</title>
      {ticks.map((v) => (
        <g key={v} class="tick">
          <line x1={x(v)} x2={x(v)} y1={m.t} y2={H - m.b} />
          <text x={x(v)} y={H - 4} text-anchor="middle">
            {formatNumber(v, lang)}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const yTop = m.t + i * row + 4;
        const x0 = Math.min(x(0), x(b.value));
        return (
          <g key={b.label} class={`bar ${b.target ? `bar-${binding}` : 'bar-actual'}`}>
            <text class="label" x={m.l - 5} y={yTop + 7} dy="0.32em" text-anchor="end">
              {b.label}
            </text>
            <rect x={x0} y={yTop} width={Math.max(1, Math.abs(x(b.value) - x(0)))} height={row - 8} />
            <text class="value" x={Math.max(x(0), x(b.value)) + 4} y={yTop + 7} dy="0.32em">
              {b.text}
            </text>
          </g>
        );
      })}
      <line class="axis" x1={x(0)} x2={x(0)} y1={m.t} y2={H - m.b} />
    </svg>
  );
}

/** One stacked horizontal bar on a shared scale (0 … max): the parts in order, as shares of the width. */
export function StackBar({ parts, max, title }: { parts: { value: number; cls: string }[]; max: number; title: string }) {
  const x = linear([0, max], [0, 100]);
  let at = 0;
  return (
    <svg class="chart stack-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={title}>
      <title>{title}</title>
      {parts.map((p) => {
        const w = x(Math.max(0, p.value));
        const r = <rect key={p.cls} class={p.cls} x={at} y={0} width={w} height={10} />;
        at += w;
        return r;
      })}
    </svg>
  );
}
