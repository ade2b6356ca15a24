// The scenario flow: run a shipped, uploaded or edited scenario, show the graph after it (what it
// added and changed; what it removed is listed and counted, not drawn) and its findings diff, and
// leave it again.
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { ScenarioResult, ScenarioSummary } from '../../api';
import { visibilityContext } from '../../graph/visibility';
import { t } from '../../i18n';
import { $, el } from '../../ui/dom';
import { formula } from '../../../../src/model/formulas';
import { listen } from '../context';
import type { AppContext } from '../context';
import { editorScenarioOf, scenarioViewOf, structureRows } from './producers';
import type { EditorScenario } from './producers';

export interface ScenarioDeps {
  /** Rebuilds the display graph from `ctx.data`. */
  rebuildDisplay(): void;
  applyLayout(animate: boolean): Promise<void>;
  refreshOverlays(): Promise<void>;
  renderSelection(): Promise<void>;
  renderCounts(): void;
  renderText(): void;
}

export interface ScenarioModule {
  loadList(): Promise<void>;
  runShipped(id: string): Promise<void>;
  runUploaded(file: File): Promise<void>;
  runEdited(): Promise<void>;
  enter(result: ScenarioResult, id: string | null, input: unknown): Promise<void>;
  leave(): Promise<void>;
  /** Appends an operation to the scenario in the editor and opens it, for the user to run or refine. */
  addOperation(operation: Record<string, unknown>): void;
  setEditorText(scenario: unknown): void;
  editorScenario(): EditorScenario;
  /** The scenario's name, description and structure table, above its findings. */
  head(): HTMLElement;
}

export function createScenario(ctx: AppContext, deps: ScenarioDeps): ScenarioModule {
  let list: ScenarioSummary[] = [];
  const L = () => ctx.state().lang;
  const editor = () => $<HTMLTextAreaElement>('scenario-text');
  const module: ScenarioModule = {
    async loadList() {
      list = await ctx.api.scenarios().catch(() => []);
      const select = $<HTMLSelectElement>('scenario');
      select.replaceChildren(
        el('option', { value: '' }),
        ...list.map((s) => el('option', { value: s.id }, s.name)),
      );
      select.value = ctx.state().scenario ?? '';
      deps.renderText();
    },
    async runShipped(id) {
      ctx.status(t(L(), 'scenarioRunning'));
      try {
        const scenario = await ctx.api.scenario(id);
        module.setEditorText(scenario);
        await module.enter(await ctx.api.runScenario(scenario), id, scenario);
        ctx.status('');
      } catch (error) {
        ctx.status(`${t(L(), 'scenarioError')}: ${(error as Error).message}`);
        ctx.setState({ scenario: null });
      }
    },
    async runUploaded(file) {
      ctx.status(t(L(), 'scenarioRunning'));
      try {
        const text = await file.text();
        const scenario: unknown = /\.json$/i.test(file.name) ? JSON.parse(text) : parseYaml(text);
        module.setEditorText(scenario);
        await module.enter(await ctx.api.runScenario(scenario), null, scenario);
        $<HTMLSelectElement>('scenario').value = '';
        ctx.status('');
      } catch (error) {
        ctx.status(`${t(L(), 'scenarioError')}: ${(error as Error).message}`);
      }
    },
    async runEdited() {
      const message = $('scenario-message');
      message.textContent = '';
      try {
        const scenario = parseYaml(editor().value) as unknown;
        await module.enter(await ctx.api.runScenario(scenario), null, scenario);
        $<HTMLSelectElement>('scenario').value = '';
      } catch (error) {
        message.textContent = `${t(L(), 'scenarioError')}: ${(error as Error).message}`;
      }
    },
    async enter(result, id, input) {
      const v = scenarioViewOf(ctx.base, result, id, input);
      ctx.view.scenario = v;
      ctx.data = v.graph;
      deps.rebuildDisplay();
      ctx.emit('data', ctx.data);
      $<HTMLSelectElement>('scenario').value = id ?? '';
      // The analysis chosen stays: it is now the analysis of the graph after the scenario (the menu
      // used to be disabled in a scenario). Without one, the list is the scenario's diff.
      ctx.setState({ scenario: id, selection: null });
      ctx.view.visibility = visibilityContext(ctx.data, ctx.state());
      deps.renderCounts();
      await deps.applyLayout(false);
      await deps.refreshOverlays();
      deps.renderText();
      await deps.renderSelection();
    },
    async leave() {
      ctx.view.scenario = null;
      ctx.data = ctx.base;
      deps.rebuildDisplay();
      ctx.emit('data', ctx.data);
      ctx.setState({ scenario: null, selection: null });
      ctx.view.visibility = visibilityContext(ctx.data, ctx.state());
      deps.renderCounts();
      await deps.applyLayout(false);
      await deps.refreshOverlays();
      deps.renderText();
      await deps.renderSelection();
    },
    addOperation(operation) {
      const scenario = module.editorScenario();
      scenario.operations.push(operation);
      module.setEditorText(scenario);
      ($('scenario-editor') as HTMLDetailsElement).open = true;
    },
    setEditorText(scenario) {
      editor().value = toYaml(scenario, { lineWidth: 0 });
    },
    editorScenario() {
      return editorScenarioOf(editor().value, t(L(), 'scenarioTemplateName'));
    },
    head() {
      const lang = L();
      const v = ctx.view.scenario!;
      const data = ctx.data;
      const rows = structureRows(
        v.result.diff.structure,
        {
          bodies: t(lang, 'bodiesCount'),
          memberships: t(lang, 'membershipsCount'),
          meetingsOf: t(lang, 'meetingsOf'),
        },
        (c) => (data.hasNode(c) ? data.getNodeAttribute(c, 'name') : c),
      );
      const th = (text: string) => el('th', { scope: 'col' }, text);
      return el(
        'div',
        { class: 'scenario-head', id: 'scenario-head' },
        el('h3', {}, v.result.scenario.name),
        el('p', { class: 'muted' }, v.result.scenario.description),
        el(
          'table',
          { id: 'structure-table' },
          el('caption', {}, t(lang, 'structure')),
          el('thead', {}, el('tr', {}, th(''), th(t(lang, 'before')), th(t(lang, 'after')))),
          el(
            'tbody',
            {},
            ...rows.map(([label, b, a], i) =>
              el(
                'tr',
                {
                  // Each row's numbers say what they count (bodies, memberships, a CIO's meetings).
                  title: formula(
                    i === 0 ? 'structureBodies' : i === 1 ? 'structureMemberships' : 'structureMeetings',
                    lang,
                  ),
                },
                el('th', { scope: 'row' }, label),
                el('td', {}, String(b)),
                el('td', {}, String(a)),
              ),
            ),
          ),
        ),
      );
    },
  };
  return module;
}

/** The scenario menu, the editor's run button and the upload button. */
export function bindScenarioControls(ctx: AppContext, scenario: ScenarioModule): void {
  const on = listen(ctx);
  const select = $<HTMLSelectElement>('scenario');
  on(select, 'change', () => void (select.value ? scenario.runShipped(select.value) : scenario.leave()));
  on($('scenario-run'), 'click', () => void scenario.runEdited());
  const file = $<HTMLInputElement>('scenario-file');
  on($('scenario-upload'), 'click', () => file.click());
  on(file, 'change', () => {
    const chosen = file.files?.[0];
    if (chosen) void scenario.runUploaded(chosen);
    file.value = '';
  });
}
