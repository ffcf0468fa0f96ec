// The map as an image: MapLibre's canvas read in the same task as a redraw (no preserveDrawingBuffer,
// which would cost every frame), with a title, the legend, a scale bar and the attribution drawn in with
// Canvas 2D. Used by the PNG export and by the printed report.
import type { Map as MlMap } from 'maplibre-gl';
import { BASEMAP } from '../palette.ts';

export interface LegendLine {
  colour: string;
  label: string;
  count?: number;
}

export interface ImageText {
  title: string;
  scope: string;
  legendTitle: string;
  legend: LegendLine[];
  credits: string[];
  /** a scale bar's label for a distance in metres */
  km: (metres: number) => string;
}

const INK = '#1d1d1f';
const MUTED = '#5f5f66';
const LINE = '#dcdad4';

/** A round distance (1, 2 or 5 × 10^n m) no longer than `max` metres. */
export function niceDistance(max: number): number {
  const p = 10 ** Math.floor(Math.log10(max));
  return [5, 2, 1].map((k) => k * p).find((d) => d <= max) ?? p;
}

/** Metres per CSS pixel across the middle of the map, measured on the map itself. */
function metresPerPixel(map: MlMap): number {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const a = map.unproject([w / 2 - 50, h / 2]);
  const b = map.unproject([w / 2 + 50, h / 2]);
  return a.distanceTo(b) / 100;
}

/** Splits text into lines no wider than `width` (by character, so Chinese wraps too). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > width && line) {
      const cut = /\s/.test(ch) ? -1 : line.lastIndexOf(' ');
      if (cut > line.length * 0.6) {
        lines.push(line.slice(0, cut));
        line = line.slice(cut + 1) + ch;
      } else {
        lines.push(line);
        line = /\s/.test(ch) ? '' : ch;
      }
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** The map as it stands, composed with its title, legend, scale and credits; at least 800 px wide. */
export function composeMapImage(map: MlMap, text: ImageText): HTMLCanvasElement {
  map.redraw(); // draws MapLibre and deck.gl's interleaved layers now: the buffer is read in this task
  const src = map.getCanvas();
  const { clientWidth: mapW, clientHeight: mapH } = map.getContainer();
  const ratio = src.width / Math.max(1, mapW);
  const legendW = Math.max(240, 800 - mapW);
  const font = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const headH = 64;
  ctx.font = `12px ${font}`;
  const credits = text.credits.flatMap((c) => wrap(ctx, c, mapW + legendW - 32));
  const footH = 14 + credits.length * 16;
  out.width = Math.round((mapW + legendW) * ratio);
  out.height = Math.round((headH + mapH + footH) * ratio);
  // the map first, in device pixels, before anything else can trigger a frame; over the sea, which
  // is the map's CSS background (the canvas is transparent there)
  ctx.fillStyle = BASEMAP.sea;
  ctx.fillRect(0, Math.round(headH * ratio), src.width, src.height);
  ctx.drawImage(src, 0, Math.round(headH * ratio));
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, mapW + legendW, headH);
  ctx.fillRect(mapW, headH, legendW, mapH);
  ctx.fillRect(0, headH + mapH, mapW + legendW, footH);
  ctx.fillStyle = LINE;
  ctx.fillRect(0, headH - 1, mapW + legendW, 1);
  ctx.fillRect(mapW, headH, 1, mapH);
  ctx.fillRect(0, headH + mapH, mapW + legendW, 1);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  ctx.font = `bold 20px ${font}`;
  ctx.fillText(text.title, 16, 28);
  ctx.fillStyle = MUTED;
  ctx.font = `14px ${font}`;
  ctx.fillText(text.scope, 16, 50);

  // the legend, beside the map
  let y = headH + 28;
  ctx.fillStyle = INK;
  ctx.font = `bold 14px ${font}`;
  ctx.fillText(text.legendTitle, mapW + 16, y);
  ctx.font = `13px ${font}`;
  for (const e of text.legend) {
    y += 22;
    if (y > headH + mapH - 12) break;
    ctx.fillStyle = e.colour;
    ctx.beginPath();
    ctx.arc(mapW + 22, y - 4, 5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = INK;
    ctx.fillText(e.label, mapW + 34, y, legendW - 80);
    if (e.count !== undefined) {
      ctx.fillStyle = MUTED;
      ctx.textAlign = 'right';
      ctx.fillText(String(e.count), mapW + legendW - 14, y);
      ctx.textAlign = 'left';
    }
  }

  // the scale bar, bottom left on the map, on a white plate
  const mpp = metresPerPixel(map);
  const metres = niceDistance(mpp * 120);
  const px = metres / mpp;
  const sx = 14;
  const sy = headH + mapH - 16;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(sx - 6, sy - 22, px + 12, 30);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(sx, sy - 6);
  ctx.lineTo(sx, sy);
  ctx.lineTo(sx + px, sy);
  ctx.lineTo(sx + px, sy - 6);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = `12px ${font}`;
  ctx.fillText(text.km(metres), sx + 2, sy - 9);

  ctx.fillStyle = MUTED;
  ctx.font = `12px ${font}`;
  credits.forEach((line, i) => ctx.fillText(line, 16, headH + mapH + 18 + i * 16));
  return out;
}

/** The canvas as a PNG file. */
export const pngOf = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));

/** Saves a file the browser way: a temporary object URL on a clicked link. */
export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
