// The page's fonts, for what is drawn on the map (names are drawn with Canvas 2D, icon-atlas.ts).
export const FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
