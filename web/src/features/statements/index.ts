// The statements feature: two lists beside the filters, the report's overlap statements and its
// recommendations (the ADR's advice, the management response). Selecting one selects its node (the
// detail panel shows it with its neighbours), lights up every body it names and frames them, and
// shows its quote in the list.
import { label } from '../../../../src/model/labels';
import type { AppContext, Feature } from '../../core/context';
import { listen } from '../../core/context';
import { el } from '../../ui/dom';
import type { Lang } from '../../state';
import { highlightOf, metaRecords, quotes } from './producers';
import type { MetaKind, MetaRecord } from './producers';

const TEXT = {
  statement: { nl: 'Uitspraken over overlap', en: 'Overlap statements' },
  recommendation: { nl: 'Aanbevelingen', en: 'Recommendations' },
  saidBy: { nl: 'volgens', en: 'said by' },
  bodies: { nl: 'gremia', en: 'bodies' },
  none: { nl: 'Geen in deze gegevens.', en: 'None in this data.' },
} as const;

function saidByText(saidBy: string, lang: Lang): string {
  return saidBy.startsWith('ministry:') ? saidBy.slice('ministry:'.length) : label('saidBy', saidBy, lang);
}

function typeText(r: MetaRecord, lang: Lang): string {
  return r.kind === 'statement'
    ? label('overlapNature', r.type, lang)
    : label('recommendationType', r.type, lang);
}

export const statementsFeature: Feature = {
  id: 'statements',
  mount(ctx: AppContext) {
    const on = listen(ctx);
    const sections = new Map<MetaKind, HTMLDetailsElement>();
    let current: MetaRecord | null = null;

    const apply = () => {
      const sel = ctx.state().selection;
      if (!current || sel?.type !== 'node' || sel.id !== current.id) return;
      ctx.view.evidence = highlightOf(current);
      ctx.renderer.refresh({ skipIndexation: true });
    };
    const choose = async (record: MetaRecord) => {
      current = record;
      await ctx.select({ type: 'node', id: record.id });
      apply();
      const shown = record.bodies.filter((b) => ctx.display.hasNode(b));
      if (shown.length) ctx.fitNodes(shown, true, 0.15);
      render();
    };

    const item = (r: MetaRecord, lang: Lang): HTMLElement => {
      const button = el('button', { type: 'button', class: 'linklike', 'data-meta': r.id }, r.name);
      on(button, 'click', () => void choose(r));
      const meta = [typeText(r, lang), r.saidBy ? `${TEXT.saidBy[lang]} ${saidByText(r.saidBy, lang)}` : null]
        .filter(Boolean)
        .join(' · ');
      const li = el('li', { class: current?.id === r.id ? 'meta-record current' : 'meta-record' }, button);
      li.append(el('div', { class: 'muted' }, `${meta} · ${r.bodies.length} ${TEXT.bodies[lang]}`));
      if (current?.id === r.id)
        for (const q of quotes(r))
          li.append(
            el(
              'blockquote',
              { class: 'quote' },
              q.excerpt ? `“${q.excerpt}”` : '',
              el('cite', {}, ` ${q.locator}`),
            ),
          );
      return li;
    };

    const render = () => {
      const lang = ctx.state().lang;
      const snapshot = ctx.state().snapshot;
      for (const kind of ['statement', 'recommendation'] as const) {
        const records = metaRecords(ctx.data, kind, snapshot);
        let box = sections.get(kind);
        if (!box) {
          box = el('details', { id: `${kind}-list`, class: 'meta-list' });
          ctx.slots.side.append(box);
          sections.set(kind, box);
        }
        box.replaceChildren(
          el('summary', {}, `${TEXT[kind][lang]} (${records.length})`),
          records.length
            ? el('ul', { class: 'sources' }, ...records.map((r) => item(r, lang)))
            : el('p', { class: 'muted' }, TEXT.none[lang]),
        );
      }
    };

    render();
    const offs = [
      ctx.on('text', () => {
        render();
        apply();
      }),
      ctx.on('data', () => {
        current = null;
        render();
      }),
      ctx.on('state', ({ patch }) => {
        const sel = patch.selection;
        if ('selection' in patch && !(sel?.type === 'node' && sel.id === current?.id)) current = null;
        if (patch.snapshot !== undefined || 'selection' in patch) render();
      }),
    ];
    return () => {
      offs.forEach((off) => off());
      for (const box of sections.values()) box.remove();
    };
  },
};
