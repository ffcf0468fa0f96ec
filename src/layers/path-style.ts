// Every line on the map goes through one path program: solid lines are drawn with the dash extension
// too, with an empty dash. Each distinct shader program costs ~200 ms to compile at start-up in
// software WebGL (npm run bench), so plain and dashed paths share the dashed one.
import { PathStyleExtension } from '@deck.gl/extensions';

export const DASH_EXTENSION = new PathStyleExtension({ dash: true });

/** Props for a solid line layer (PathLayer, or GeoJsonLayer's outlines). */
export const SOLID_LINE = { extensions: [DASH_EXTENSION], getDashArray: [0, 0] as [number, number] };
