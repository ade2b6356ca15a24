// Its own small module so the level-of-detail view (a separate chunk) takes the shapes without the
// full renderer's code.
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';

/**
 * The node shapes of every sigma the viewer builds (the full view and the level-of-detail view): a
 * square, and a disc with a coloured ring, so both views draw one kind of node the same way.
 */
export function nodeProgramClasses() {
  return {
    square: NodeSquareProgram,
    border: createNodeBorderProgram({
      borders: [
        { size: { value: 0.3 }, color: { attribute: 'color' } },
        { size: { fill: true }, color: { value: '#ffffff' } },
      ],
    }),
  };
}
