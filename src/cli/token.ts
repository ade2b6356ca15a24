// `cio-graph token create|list|revoke --workspace DIR`: the edit tokens of a workspace. A token is
// printed once, at creation; the workspace keeps only its hash.
import { openWorkspaceDb } from '../workspace/sqlite';
import { TokenStore } from '../workspace/tokens';
import type { Io } from './main';
import { UsageError, parse } from './main';

export async function tokenCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    workspace: { type: 'string' },
    name: { type: 'string' },
    scope: { type: 'string', multiple: true },
    format: { type: 'string' },
  });
  const [action] = positionals;
  const dir = values.workspace as string | undefined;
  if (!dir) throw new UsageError('cio-graph token: --workspace DIR is required');
  const db = openWorkspaceDb(dir);
  try {
    const tokens = new TokenStore(db);
    switch (action) {
      case 'create': {
        const name = values.name as string | undefined;
        const scopes = ((values.scope as string[] | undefined) ?? []).flatMap((s) => s.split(','));
        if (!name || scopes.length === 0)
          throw new UsageError(
            'cio-graph token create: --name NAME and --scope edit:<MINISTRY>|edit:rijk|admin',
          );
        const { token, info } = tokens.create(name, scopes);
        io.err(
          `cio-graph: token '${info.name}' (${info.scopes.join(' ')}) created; it is shown only this once:`,
        );
        io.out(token);
        return 0;
      }
      case 'list': {
        const list = tokens.list();
        if (values.format === 'json') io.out(JSON.stringify(list, null, 2));
        else
          for (const t of list)
            io.out(
              `${t.name}\t${t.scopes.join(' ')}\tcreated ${t.created}${t.revoked ? `\trevoked ${t.revoked}` : ''}`,
            );
        return 0;
      }
      case 'revoke': {
        const name = values.name as string | undefined;
        if (!name) throw new UsageError('cio-graph token revoke: --name NAME');
        tokens.revoke(name);
        io.err(`cio-graph: token '${name}' revoked`);
        return 0;
      }
      default:
        throw new UsageError('cio-graph token: create|list|revoke --workspace DIR');
    }
  } finally {
    db.close();
  }
}
