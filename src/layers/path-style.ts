// Every line deck.gl draws goes through one path program: routes, corridors and outlines all use the
// dash extension (solid lines with an empty dash). Each distinct shader program costs ~200 ms to
// compile at start-up in software WebGL (npm run bench), so plain and dashed paths share the dashed one.
import { PathStyleExtension } from '@deck.gl/extensions';

export const DASH_EXTENSION = new PathStyleExtension({ dash: true });
