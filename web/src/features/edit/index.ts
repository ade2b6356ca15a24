// The edit mode (issue 12): in ministry focus, on a server whose workspace has a token configured,
// forms that record sourced changes, a pending list previewed in the scenario view (every analysis's
// diff), commit with the editor's token (kept for this tab in sessionStorage, never in the URL) with
// If-Match of the version the page was loaded at, a clear message and a refresh when someone else
// committed first, and the history with each version's diff and revert for admins. A read-only
// server (no workspace, no token) gets nothing of this: the panel is never built.
import { stringify as toYaml } from 'yaml';
import type { AppContext, Feature } from '../../core/context';
import { listen } from '../../core/context';
import { $, el } from '../../ui/dom';
import { buildForms } from './forms';
import { historyElement } from './history';
import type { ChangeDiff } from './history';
import {
  addPending,
  changeSetOf,
  clearPending,
  editStateOf,
  previewScenarioOf,
  removePending,
} from './producers';
import type { EditState, FormId, SourceInput } from './producers';
import { historyRows, isAdmin } from './answers';
import type { ChangeSummary, CommitOutcome } from './answers';
import { outcomeText, tx } from './text';
import { json, postChange, workspaceInfo } from './client';
import type { WorkspaceInfo } from './client';

const TOKEN_KEY = 'cio-graph:edit:token';
const STATE_KEY = 'cio-graph:edit:pending';
const NOTICE_KEY = 'cio-graph:edit:notice';

export const editFeature: Feature = {
  id: 'edit',
  mount(ctx: AppContext) {
    let alive = true;
    void (async () => {
      const token = sessionStorage.getItem(TOKEN_KEY);
      const { info, refused } = await workspaceInfo(token).catch(() => ({ info: null, refused: false }));
      if (refused) sessionStorage.removeItem(TOKEN_KEY);
      if (!alive || !info?.enabled || !info.writable) return;
      const cleanup = mountEditor(ctx, info, refused);
      ctx.cleanup(cleanup);
    })();
    return () => {
      alive = false;
    };
  },
};

function mountEditor(ctx: AppContext, info: WorkspaceInfo, tokenRefused: boolean): () => void {
  const on = listen(ctx);
  const L = () => ctx.state().lang;
  let state: EditState = editStateOf(sessionStorage.getItem(STATE_KEY));
  let lastSource: SourceInput | null = state.pending.at(-1)?.source ?? null;
  let me = info.token;
  let history: ChangeSummary[] = [];
  let previewShown = false;
  let previewError = '';
  let message: { text: string; alert: boolean; refresh?: boolean } | null = null;
  const notice = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  if (notice) message = { text: notice, alert: false };
  if (tokenRefused) message = { text: tx(L(), 'unauthorised'), alert: true };

  const title = el('h2', { id: 'edit-title' });
  const version = el('p', { id: 'edit-version', class: 'muted' });
  const intro = el('p', { class: 'muted' });
  const tokenLabel = el('label', { for: 'edit-token' });
  const tokenInput = el('input', {
    id: 'edit-token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const tokenHint = el('p', { class: 'muted', id: 'edit-token-hint' });
  tokenInput.setAttribute('aria-describedby', 'edit-token-hint');
  const checkToken = el('button', { type: 'button', id: 'edit-token-check' });
  const forgetToken = el('button', { type: 'button', id: 'edit-token-forget' });
  const who = el('p', { id: 'edit-who', role: 'status' });
  const formsTitle = el('h3', {});
  const forms = el('div', { id: 'edit-forms' });
  const pendingTitle = el('h3', { id: 'edit-pending-title' });
  const pending = el('div', { id: 'edit-pending' });
  const reasonLabel = el('label', { for: 'edit-reason' });
  const reason = el('textarea', { id: 'edit-reason', rows: '2' });
  const commitButton = el('button', { type: 'button', id: 'edit-commit' });
  const status = el('div', { id: 'edit-message', role: 'status', 'aria-live': 'polite' });
  const alertBox = el('div', { id: 'edit-alert', role: 'alert' });
  const historySummary = el('summary', {});
  const historyBox = el('div', {});
  const historyPanel = el('details', { id: 'edit-history' }, historySummary, historyBox);
  const root = el(
    'section',
    { id: 'edit-panel', class: 'edit-panel', 'aria-labelledby': 'edit-title' },
    title,
    version,
    intro,
    el('div', { class: 'edit-token' }, tokenLabel, tokenInput, tokenHint, checkToken, forgetToken, who),
    formsTitle,
    forms,
    pendingTitle,
    pending,
    reasonLabel,
    reason,
    commitButton,
    status,
    alertBox,
    historyPanel,
  );
  $('focus-summary').after(root);

  const save = () => sessionStorage.setItem(STATE_KEY, JSON.stringify(state));
  const nameOf = (id: string) => (ctx.data.hasNode(id) ? ctx.data.getNodeAttribute(id, 'name') : id);

  const renderMessage = () => {
    status.replaceChildren();
    alertBox.replaceChildren();
    if (!message) return;
    const box = message.alert ? alertBox : status;
    box.append(el('p', {}, message.text));
    if (message.refresh) {
      const refresh = el('button', { type: 'button', id: 'edit-refresh' }, tx(L(), 'refresh'));
      on(refresh, 'click', () => location.reload());
      box.append(refresh);
    }
  };
  const say = (text: string, alert: boolean, refresh = false) => {
    message = { text, alert, refresh };
    renderMessage();
  };

  const renderWho = () => {
    who.textContent = me
      ? `${tx(L(), 'signedIn')} ${me.name} (${me.scopes.join(', ')})`
      : tx(L(), 'notSignedIn');
    forgetToken.hidden = !sessionStorage.getItem(TOKEN_KEY);
  };

  /** The forms, rebuilt for a new language, focus or data; typed values (bar `reset`'s) and open boxes stay. */
  const renderForms = (reset?: FormId) => {
    const values = new Map<string, string>();
    forms.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select').forEach((c) => {
      if (!reset || !c.id.startsWith(`edit-${reset}-`) || c.id.includes('-src-')) values.set(c.id, c.value);
    });
    const open = new Set([...forms.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.id));
    const active = document.activeElement?.id;
    forms.replaceChildren(
      ...buildForms({
        lang: L(),
        graph: ctx.data,
        ministry: ctx.state().focus ?? '',
        focus: ctx.view.visibility.focus,
        lastSource,
        on,
        add: (change) => {
          lastSource = change.source;
          state = addPending(change)(state);
          save();
          renderForms(change.form);
          renderPending();
          void preview();
        },
      }),
    );
    forms.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select').forEach((c) => {
      const v = values.get(c.id);
      if (
        v !== undefined &&
        (c.tagName !== 'SELECT' || [...(c as HTMLSelectElement).options].some((o) => o.value === v))
      )
        c.value = v;
    });
    open.forEach(
      (id) => (((document.getElementById(id) as HTMLDetailsElement | null) ?? { open: false }).open = true),
    );
    if (active && reset === undefined) document.getElementById(active)?.focus();
  };

  const renderPending = () => {
    const lang = L();
    if (!state.pending.length) {
      pending.replaceChildren(el('p', { class: 'muted' }, tx(lang, 'noPending')));
      return;
    }
    const list = el('ol', { id: 'edit-pending-list', class: 'edit-pending' });
    for (const p of state.pending) {
      const remove = el(
        'button',
        {
          type: 'button',
          class: 'edit-remove',
          'aria-label': `${tx(lang, 'removeOf')} ${p.id}: ${p.summary}`,
        },
        tx(lang, 'remove'),
      );
      on(remove, 'click', () => {
        state = removePending(p.id)(state);
        save();
        renderPending();
        void preview();
        commitButton.focus();
      });
      list.append(
        el(
          'li',
          { 'data-pending': String(p.id) },
          el('span', {}, p.summary),
          el('span', { class: 'muted' }, ` — ${p.source.title} (${p.source.date})`),
          ' ',
          remove,
        ),
      );
    }
    pending.replaceChildren(
      list,
      previewError ? el('p', { class: 'edit-error', role: 'alert' }, previewError) : '',
    );
  };

  /** Shows the pending changes in the scenario view (through its editor, as the Advies panel does). */
  const preview = async () => {
    previewError = '';
    if (!state.pending.length) {
      if (previewShown && ctx.view.scenario) {
        const menu = $<HTMLSelectElement>('scenario');
        menu.value = '';
        menu.dispatchEvent(new Event('change'));
      }
      previewShown = false;
      return;
    }
    const scenario = previewScenarioOf(state.pending, tx(L(), 'previewName'), tx(L(), 'previewDescription'));
    try {
      await ctx.api.runScenario(scenario);
    } catch (error) {
      previewError = `${tx(L(), 'previewFailed')}: ${(error as Error).message}`;
      renderPending();
      return;
    }
    $<HTMLTextAreaElement>('scenario-text').value = toYaml(scenario, { lineWidth: 0 });
    $<HTMLButtonElement>('scenario-run').click();
    previewShown = true;
  };

  const renderHistory = () => {
    historyBox.replaceChildren(
      historyElement({
        lang: L(),
        graph: ctx.data,
        rows: historyRows(history),
        admin: isAdmin(me?.scopes),
        on,
        loadDiff: (v) => json<ChangeDiff>(`/api/changes/${v}`),
        revert: (v) => void revert(v),
      }),
    );
  };
  const loadHistory = async () => {
    history = (await json<{ changes: ChangeSummary[] }>('/api/changes')).changes;
    renderHistory();
  };

  const currentToken = () => {
    const typed = tokenInput.value.trim();
    if (typed) {
      sessionStorage.setItem(TOKEN_KEY, typed);
      tokenInput.value = '';
    }
    return sessionStorage.getItem(TOKEN_KEY);
  };

  /** Words an answer of the server; a success reloads the page so it shows the new version. */
  const settle = (outcome: CommitOutcome, done: 'committed' | 'reverted') => {
    if (outcome.kind === 'committed') {
      state = clearPending()(state);
      save();
      sessionStorage.setItem(NOTICE_KEY, `${tx(L(), done)} ${outcome.version}`);
      return location.reload();
    }
    if (outcome.kind === 'unauthorised') {
      sessionStorage.removeItem(TOKEN_KEY);
      me = null;
      renderWho();
    }
    say(outcomeText(L(), outcome, nameOf), true, outcome.kind === 'stale');
  };

  const send = (path: string, body: unknown, token: string) => postChange(path, body, token, info.version);

  const commit = async () => {
    const lang = L();
    if (!state.pending.length) return say(tx(lang, 'needPending'), true);
    if (!reason.value.trim()) {
      reason.focus();
      return say(tx(lang, 'needReason'), true);
    }
    const token = currentToken();
    if (!token) {
      tokenInput.focus();
      return say(tx(lang, 'needToken'), true);
    }
    renderWho();
    say(tx(lang, 'committing'), false);
    commitButton.disabled = true;
    try {
      settle(
        await send('/api/changes', changeSetOf(state.pending, info.version, reason.value), token),
        'committed',
      );
    } catch (error) {
      say(`${tx(lang, 'failed')}: ${(error as Error).message}`, true);
    } finally {
      commitButton.disabled = false;
    }
  };

  const revert = async (v: number) => {
    const token = currentToken();
    if (!token) return say(tx(L(), 'needToken'), true);
    const body = { reason: `${tx(L(), 'revertReason')} (${tx(L(), 'version')} ${v})`, base: info.version };
    settle(await send(`/api/changes/${v}/revert`, body, token), 'reverted');
  };

  const check = async () => {
    const token = currentToken();
    if (!token) return say(tx(L(), 'needToken'), true);
    const { info: answer, refused } = await workspaceInfo(token);
    if (refused) {
      sessionStorage.removeItem(TOKEN_KEY);
      me = null;
      say(tx(L(), 'unauthorised'), true);
    } else {
      me = answer?.token ?? null;
      message = null;
      renderMessage();
    }
    renderWho();
    renderHistory();
  };

  const renderText = () => {
    const lang = L();
    title.textContent = tx(lang, 'title');
    version.textContent = `${tx(lang, 'version')} ${info.version}`;
    intro.textContent = tx(lang, 'intro');
    tokenLabel.textContent = tx(lang, 'token');
    tokenHint.textContent = tx(lang, 'tokenHint');
    checkToken.textContent = tx(lang, 'signIn');
    forgetToken.textContent = tx(lang, 'forget');
    formsTitle.textContent = tx(lang, 'forms');
    pendingTitle.textContent = tx(lang, 'pending');
    reasonLabel.textContent = tx(lang, 'reason');
    commitButton.textContent = tx(lang, 'commit');
    historySummary.textContent = tx(lang, 'history');
    renderWho();
    renderForms();
    renderPending();
    renderMessage();
    renderHistory();
  };
  const renderVisibility = () => {
    root.hidden = !ctx.state().focus;
  };

  on(commitButton, 'click', () => void commit());
  on(checkToken, 'click', () => void check());
  on(tokenInput, 'keydown', (e) => {
    if (e.key === 'Enter') void check();
  });
  on(forgetToken, 'click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    me = null;
    renderWho();
    renderHistory();
    tokenInput.focus();
  });
  const offs = [
    ctx.on('text', renderText),
    ctx.on('data', () => renderForms()),
    ctx.on('state', ({ patch }) => {
      if (patch.focus === undefined) return;
      renderVisibility();
      renderForms();
    }),
  ];
  renderVisibility();
  renderText();
  void loadHistory().catch((error: Error) => say(error.message, true));
  if (state.pending.length) void preview();
  return () => {
    offs.forEach((off) => off());
    root.remove();
  };
}
