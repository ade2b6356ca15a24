// Art. 15.7: CIO Rijk chairs the CTO-raad. The report finds the head of ID&V in the chair, in line
// with the CIO-beraad's own principles but not with the Besluit: a deviation without a formal explain.
import type { Rule } from './rule';
import { cioRijkChairs } from './chairs';

export const art157: Rule = {
  id: 'cio-rijk-chairs-cto-raad',
  article: '15.7',
  level: 'rijk',
  title: { nl: 'CIO Rijk voorzitter CTO-raad', en: 'CIO Rijk chairs the CTO-raad' },
  evaluate(context) {
    return cioRijkChairs(this, context, 'cto-raad', 'CTO-raad');
  },
};
