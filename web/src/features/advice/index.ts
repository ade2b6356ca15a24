// The Advies panel: asks GET /api/advice for restructuring proposals and lists them with the
// objectives they change and the report passages they cite. Choosing one puts its scenario in the
// scenario editor (offered for refinement) or runs it there, so it is shown by the existing scenario
// view exactly like a scenario the user wrote.
import { stringify as toYaml } from 'yaml';
import type { AppContext, Feature } from '../../core/context';
import { listen } from '../../core/context';
import { $, el } from '../../ui/dom';
import { OBJECTIVES, adviceQuery, citedLocators, objectiveChanges, rationaleOf } from './producers';
import type { AdviceForm, AdviceProposal, AdviceResponse, ObjectiveId } from './producers';
import { objectiveText, tx } from './text';

async function fetchAdvice(path: string): Promise<AdviceResponse> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new Error(problem.detail ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as AdviceResponse;
}

/** Puts a scenario in the editor and opens it; with `run`, runs it through the editor's own button. */
function toEditor(scenario: AdviceProposal['scenario'], run: boolean): void {
  $<HTMLTextAreaElement>('scenario-text').value = toYaml(scenario, { lineWidth: 0 });
  ($('scenario-editor') as HTMLDetailsElement).open = true;
  if (run) $<HTMLButtonElement>('scenario-run').click();
}

export const adviceFeature: Feature = {
  id: 'advice',
  mount(ctx: AppContext) {
    const on = listen(ctx);
    const L = () => ctx.state().lang;
    let advice: AdviceResponse | null = null;
    let message = '';

    const primary = el('select', { id: 'advice-primary' });
    const maxOps = el('select', { id: 'advice-max-ops' });
    for (const n of [1, 2, 3]) maxOps.append(el('option', { value: String(n) }, String(n)));
    maxOps.value = '2';
    const keep = el('input', { id: 'advice-keep', type: 'text', placeholder: 'acd,icbr' });
    const button = el('button', { id: 'advice-search', type: 'button' });
    const list = el('ol', { id: 'advice-list', class: 'advice-list' });
    const note = el('p', { id: 'advice-message', class: 'muted', role: 'status' });
    const labels = {
      summary: el('summary', {}),
      intro: el('p', { class: 'muted' }),
      primary: el('label', { for: 'advice-primary' }),
      maxOps: el('label', { for: 'advice-max-ops' }),
      keep: el('label', { for: 'advice-keep' }),
    };
    const panel = el(
      'details',
      { id: 'advice-panel' },
      labels.summary,
      labels.intro,
      labels.primary,
      primary,
      labels.maxOps,
      maxOps,
      labels.keep,
      keep,
      button,
      note,
      list,
    );
    ctx.slots.side.append(panel);

    const renderList = () => {
      const lang = L();
      note.textContent = message;
      list.replaceChildren();
      if (!advice) return;
      if (!advice.proposals.length) note.textContent = tx(lang, 'none');
      const objectives = advice.options.objectives;
      for (const p of advice.proposals) {
        const changes = objectiveChanges(p, objectives).map((c) =>
          el('li', { class: c.better ? 'better' : 'worse' }, `${objectiveText(lang, c.id)}: ${c.text}`),
        );
        const show = el('button', { type: 'button', class: 'advice-show' }, tx(lang, 'show'));
        const edit = el('button', { type: 'button', class: 'advice-edit' }, tx(lang, 'edit'));
        on(show, 'click', () => toEditor(p.scenario, true));
        on(edit, 'click', () => toEditor(p.scenario, false));
        const locators = citedLocators(p);
        list.append(
          el(
            'li',
            { 'data-proposal': p.id },
            el(
              'strong',
              {},
              `${p.moves.map((m) => m.kind).join(' + ')} `,
              el(
                'span',
                { class: 'muted' },
                p.reason === 'report-option'
                  ? `(${tx(lang, 'fromReport')})`
                  : `(${tx(lang, 'front')} ${p.front})`,
              ),
            ),
            el('ul', { class: 'advice-objectives' }, ...changes),
            el('p', { class: 'advice-rationale' }, rationaleOf(p, lang)),
            locators.length ? el('p', { class: 'muted' }, locators.join('; ')) : null,
            show,
            edit,
          ),
        );
      }
    };

    const renderText = () => {
      const lang = L();
      labels.summary.textContent = tx(lang, 'title');
      labels.intro.textContent = tx(lang, 'intro');
      labels.primary.textContent = tx(lang, 'primary');
      labels.maxOps.textContent = tx(lang, 'maxOps');
      labels.keep.textContent = tx(lang, 'keep');
      button.textContent = tx(lang, 'search');
      const chosen = primary.value || 'overlap';
      primary.replaceChildren(...OBJECTIVES.map((o) => el('option', { value: o }, objectiveText(lang, o))));
      primary.value = chosen;
      renderList();
    };

    const search = async () => {
      const form: AdviceForm = {
        primary: primary.value as ObjectiveId,
        maxOps: Number(maxOps.value),
        keep: keep.value,
        top: 8,
      };
      message = tx(L(), 'searching');
      advice = null;
      renderList();
      button.disabled = true;
      try {
        advice = await fetchAdvice(adviceQuery(form));
        const s = advice.stats;
        message = `${s.evaluated} ${tx(L(), 'evaluated')}, ${Math.round(s.elapsedMs)} ms`;
      } catch (error) {
        message = `${tx(L(), 'error')}: ${(error as Error).message}`;
      } finally {
        button.disabled = false;
        renderList();
      }
    };

    on(button, 'click', () => void search());
    const off = ctx.on('text', renderText);
    renderText();
    return () => {
      off();
      panel.remove();
    };
  },
};
