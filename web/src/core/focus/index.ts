// Ministry focus: the menu, the summary of the focused network, and what a change of focus or
// snapshot does to the picture (visibility, label threshold, a layout of its own, framing).
import { visibilityContext } from '../../graph/visibility';
import { t } from '../../i18n';
import { $, el } from '../../ui/dom';
import { formula } from '../../../../src/model/formulas';
import { listen } from '../context';
import type { AppContext } from '../context';
import type { LayoutModule } from '../layout';
import { focusSummaryOf, ministryCodes } from './producers';

export interface FocusModule {
  renderSummary(): void;
}

export function createFocus(ctx: AppContext, layout: LayoutModule): FocusModule {
  const module: FocusModule = {
    renderSummary() {
      const L = ctx.state().lang;
      const box = $('focus-summary');
      const m = ctx.state().focus;
      const focus = ctx.view.visibility.focus;
      if (!m || !focus) {
        box.hidden = true;
        return void box.replaceChildren();
      }
      const s = focusSummaryOf(ctx.data, m, focus);
      const item = (id: string) => {
        const b = el('button', { type: 'button', class: 'linklike' }, ctx.data.getNodeAttribute(id, 'name'));
        b.addEventListener('click', () => void ctx.select({ type: 'node', id }).then(() => ctx.centreOn(id)));
        return el('li', {}, b);
      };
      box.hidden = false;
      box.replaceChildren(
        el('h2', {}, `${t(L, 'focusSummary')} ${m}`),
        el(
          'p',
          { id: 'focus-count' },
          el('span', { title: formula('focusNodes', L) }, `${s.size} ${t(L, 'countNodes')}`),
          ' · ',
          el(
            'span',
            { title: formula('decentralCios', L) },
            el('strong', { id: 'decentral-count' }, String(s.decentralCios.length)),
            ` ${t(L, 'decentralCios')}`,
          ),
        ),
        el('ul', { class: 'sources', id: 'decentral-list' }, ...s.decentralCios.map(item)),
        el('h3', {}, t(L, 'rijkBodies')),
        el('ul', { class: 'sources' }, ...s.rijkBodies.map(item)),
      );
    },
  };
  // A new focus or snapshot changes what is visible; a new focus also gets its own layout and frame.
  ctx.cleanup(
    ctx.on('state', ({ patch, before }) => {
      if (patch.focus === undefined && patch.snapshot === undefined) return;
      ctx.view.visibility = visibilityContext(ctx.data, ctx.state());
      layout.labelThreshold();
      module.renderSummary();
      // A selected node outside the new focus would grey out the whole network: let it go.
      const sel = ctx.state().selection;
      const focus = ctx.view.visibility.focus;
      if (sel?.type === 'node' && focus && !focus.has(sel.id)) void ctx.select(null);
      if (patch.focus !== undefined && patch.focus !== before.focus)
        void layout.apply(true, () => layout.fitToVisible());
    }),
  );
  const on = listen(ctx);
  const s = $<HTMLSelectElement>('focus');
  s.replaceChildren(...['', ...ministryCodes(ctx.base)].map((v) => el('option', { value: v })));
  s.value = ctx.state().focus ?? '';
  on(s, 'change', () => ctx.setState({ focus: s.value || null }));
  return module;
}
