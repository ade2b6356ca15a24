// sigma's node programs as SVG shapes: the viewer's 'square' (@sigma/node-square), 'border' (a ring,
// @sigma/node-border) and 'circle'.
import type { SvgShape } from './graph';

export function svgShapeOf(programType: string | undefined): SvgShape {
  if (programType === 'square') return 'square';
  if (programType === 'border') return 'ring';
  return 'circle';
}
