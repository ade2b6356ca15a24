// Art. 15.2: CIO Rijk chairs the CIO-beraad.
import type { Rule } from './rule';
import { cioRijkChairs } from './chairs';

export const art152: Rule = {
  id: 'cio-rijk-chairs-cio-beraad',
  article: '15.2',
  level: 'rijk',
  title: { nl: 'CIO Rijk voorzitter CIO-beraad', en: 'CIO Rijk chairs the CIO-beraad' },
  evaluate(context) {
    return cioRijkChairs(this, context, 'cio-beraad', 'CIO-beraad');
  },
};
