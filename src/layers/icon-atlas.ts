// Names and site symbols drawn once into a canvas atlas with Canvas 2D, then drawn on the map by
// deck.gl's IconLayer: one instance per name or site. deck.gl's TextLayer draws one instance per
// character, and in software WebGL every instance costs ~15–40 µs a frame (npm run bench): the names
// on the default view were ~1,000 characters, a third of each frame. A name is drawn into the atlas the
// first time it is shown; when the atlas grows it becomes a new canvas, which deck.gl uploads once.
import { IconLayer } from '@deck.gl/layers';
import { FONT_FAMILY } from './fonts.ts';
import { textSize } from './label-placement.ts';

export interface IconBox {
  x: number;
  y: number;
  width: number;
  height: number;
  anchorX: number;
  anchorY: number;
  mask: false;
}

export interface LabelStyle {
  /** CSS pixels */
  size: number;
  weight: number;
  colour: string;
  halo: string;
  /** the halo around each letter, CSS pixels */
  haloWidth: number;
}

/** Canvas 2D where there is a page (in Node, for unit tests, sizes are estimated and nothing is drawn). */
const hasCanvas = typeof document !== 'undefined';
const RATIO = hasCanvas ? Math.min(2, Math.max(1, window.devicePixelRatio || 1)) : 1;
const WIDTH = 2048;
const PAD = 1;

let measurer: CanvasRenderingContext2D | null = null;
const font = (s: LabelStyle, ratio = 1) => `${s.weight} ${s.size * ratio}px ${FONT_FAMILY}`;

/** A name's size on screen in CSS pixels, halo included: measured where there is a canvas. */
const measured = new Map<string, { width: number; height: number }>();
export function labelSize(text: string, s: LabelStyle): { width: number; height: number } {
  const k = `${font(s)}|${s.haloWidth}|${text}`;
  let m = measured.get(k);
  if (!m) measured.set(k, (m = measure(text, s)));
  return m;
}
function measure(text: string, s: LabelStyle): { width: number; height: number } {
  if (!hasCanvas) {
    const t = textSize(text, s.size);
    return { width: t.width + 2 * s.haloWidth, height: t.height + 2 * s.haloWidth };
  }
  measurer ??= document.createElement('canvas').getContext('2d')!;
  measurer.font = font(s);
  return { width: Math.ceil(measurer.measureText(text).width + 2 * s.haloWidth), height: Math.ceil(s.size * 1.3 + 2 * s.haloWidth) };
}

interface Entry {
  key: string;
  /** CSS pixels */
  width: number;
  height: number;
  draw: (g: CanvasRenderingContext2D, w: number, h: number) => void;
}

/** A growing atlas: shelves of icons, left to right, top to bottom. */
export class IconAtlas {
  readonly mapping: Record<string, IconBox> = {};
  /** each icon's size on screen, CSS pixels */
  readonly sizes: Record<string, { width: number; height: number }> = {};
  /** the atlas to hand deck.gl: a new object whenever it has grown (null in Node) */
  canvas: HTMLCanvasElement | null = null;
  private x = 0;
  private y = 0;
  private shelf = 0;

  has(key: string) {
    return key in this.mapping;
  }

  /** an icon's height on screen (IconLayer's size), CSS pixels; 0 when not in the atlas */
  height(key: string) {
    return this.sizes[key]?.height ?? 0;
  }

  /** Adds what is not there yet, in one go. */
  add(entries: Entry[]): void {
    const fresh = entries.filter((e, i) => !this.has(e.key) && entries.findIndex((f) => f.key === e.key) === i);
    if (!fresh.length) return;
    const placed = fresh.map((e) => {
      const w = Math.ceil(e.width * RATIO) + PAD;
      const h = Math.ceil(e.height * RATIO) + PAD;
      if (this.x + w > WIDTH) {
        this.x = 0;
        this.y += this.shelf;
        this.shelf = 0;
      }
      const box: IconBox = { x: this.x, y: this.y, width: w - PAD, height: h - PAD, anchorX: (w - PAD) / 2, anchorY: (h - PAD) / 2, mask: false };
      this.x += w;
      this.shelf = Math.max(this.shelf, h);
      this.mapping[e.key] = box;
      this.sizes[e.key] = { width: e.width, height: e.height };
      return { e, box };
    });
    if (!hasCanvas) return;
    const height = 2 ** Math.ceil(Math.log2(Math.max(64, this.y + this.shelf)));
    const next = this.copy(this.canvas, height);
    const g = next.getContext('2d')!;
    for (const { e, box } of placed) {
      g.save();
      g.translate(box.x, box.y);
      g.scale(RATIO, RATIO);
      e.draw(g, e.width, e.height);
      g.restore();
    }
    this.canvas = next;
  }

  private copy(from: HTMLCanvasElement | null, height: number): HTMLCanvasElement {
    const c = document.createElement('canvas');
    c.width = WIDTH;
    c.height = height;
    if (from) c.getContext('2d')!.drawImage(from, 0, 0);
    return c;
  }
}

/** The atlas entry of a name in a style (its key: the style's id and the text). */
export function labelEntry(styleId: string, text: string, s: LabelStyle): Entry {
  const { width, height } = labelSize(text, s);
  return {
    key: `${styleId}|${text}`,
    width,
    height,
    draw: (g, w, h) => {
      g.font = font(s);
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.lineJoin = 'round';
      g.lineWidth = s.haloWidth * 2;
      g.strokeStyle = s.halo;
      g.strokeText(text, w / 2, h / 2 + s.size * 0.05);
      g.fillStyle = s.colour;
      g.fillText(text, w / 2, h / 2 + s.size * 0.05);
    },
  };
}

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'down';

/** A site's symbol: the shape of its row, in its sector's colour, filled or hollow, with a white halo. */
export function siteEntry(shape: Shape, filled: boolean, colour: string, size: number): Entry {
  return {
    key: `site|${shape}|${filled ? 1 : 0}|${colour}`,
    width: size,
    height: size,
    draw: (g, w) => {
      const c = w / 2;
      const r = w / 2 - 2.5;
      g.beginPath();
      if (shape === 'circle') g.arc(c, c, r * 0.9, 0, 2 * Math.PI);
      else if (shape === 'square') g.rect(c - r * 0.8, c - r * 0.8, r * 1.6, r * 1.6);
      else if (shape === 'diamond') g.moveTo(c, c - r), g.lineTo(c + r, c), g.lineTo(c, c + r), g.lineTo(c - r, c);
      else if (shape === 'triangle') g.moveTo(c, c - r), g.lineTo(c + r, c + r * 0.75), g.lineTo(c - r, c + r * 0.75);
      else if (shape === 'down') g.moveTo(c, c + r), g.lineTo(c + r, c - r * 0.75), g.lineTo(c - r, c - r * 0.75);
      else
        for (let i = 0; i < 10; i++) {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const k = i % 2 ? r * 0.45 : r;
          g.lineTo(c + k * Math.cos(a), c + k * Math.sin(a));
        }
      g.closePath();
      g.lineJoin = 'round';
      g.strokeStyle = 'rgba(255,255,255,0.95)';
      g.lineWidth = 4;
      g.stroke();
      g.fillStyle = filled ? colour : '#fff';
      g.fill();
      if (!filled) {
        g.strokeStyle = colour;
        g.lineWidth = 1.8;
        g.stroke();
      }
    },
  };
}

/** An IconLayer of names from an atlas: each object shows the icon `key(object)`, at the size it was drawn. */
export function nameLayer<T>(
  atlas: IconAtlas,
  { key, ...props }: { id: string; data: T[]; visible: boolean; key: (d: T) => string; getPosition: (d: T) => [number, number]; getPixelOffset?: (d: T) => [number, number]; updateTriggers?: Record<string, unknown> },
) {
  return new IconLayer<T>({ ...props, iconAtlas: atlas.canvas as never, iconMapping: atlas.mapping, getIcon: key, getSize: (d) => atlas.height(key(d)), sizeUnits: 'pixels' });
}
