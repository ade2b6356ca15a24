// How the data looks: colour, shape and size per node kind, colours per finding status. Colours are
// the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies); shapes carry
// the kind as well, so colour is never the only cue.
import type { NodeKind } from '../../../src/model/vocabulary';
export interface KindStyle {
  color: string;
  /** A sigma node program: circle, square (@sigma/node-square) or border (a ring, @sigma/node-border). */
  type: 'circle' | 'square' | 'border';
  shape: 'shapeCircle' | 'shapeSquare' | 'shapeRing';
  size: number;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  ministry: { color: '#0b3d91', type: 'square', shape: 'shapeSquare', size: 9 },
  organisation: { color: '#56b4e9', type: 'square', shape: 'shapeSquare', size: 4 },
  role: { color: '#e69f00', type: 'circle', shape: 'shapeCircle', size: 4 },
  body: { color: '#009e73', type: 'border', shape: 'shapeRing', size: 6 },
  topic: { color: '#8c8c8c', type: 'circle', shape: 'shapeCircle', size: 3 },
  norm: { color: '#000000', type: 'square', shape: 'shapeSquare', size: 4 },
  // Records about the stelsel, hidden by default and listed by the statements feature.
  statement: { color: '#cc79a7', type: 'square', shape: 'shapeSquare', size: 3 },
  recommendation: { color: '#0072b2', type: 'square', shape: 'shapeSquare', size: 3 },
} satisfies Record<NodeKind, KindStyle>;

/** The departmental CIO and CIO Rijk stand out among the roles. */
export const ROLE_EMPHASIS: Record<string, number> = { departmental_cio: 1.6, cio_rijk: 2.2, SG: 1.3 };

export const STATUS_COLORS: Record<string, string> = {
  deviation: '#d55e00',
  explained: '#f0e442',
  contested: '#cc79a7',
  unknown: '#999999',
  compliant: '#009e73',
  added: '#009e73',
  removed: '#d55e00',
  changed: '#0072b2',
};

/** Rijk-level gremia are a darker green than departmental ones. */
export const RIJK_BODY_COLOR = '#00664a';

export const EDGE_COLOR = '#c8cdd3';
export const EDGE_COLORS: Record<string, string> = {
  reports_to: '#6b7a8f',
  member_of: '#9ccfb8',
  chairs: '#009e73',
  prepares_for: '#7fbf9f',
  reported_overlap: '#d55e00',
};
export const OVERLAP_EDGE_COLOR = '#cc79a7';
export const SELECTED_COLOR = '#d55e00';
export const FADED_COLOR = '#eceff2';
