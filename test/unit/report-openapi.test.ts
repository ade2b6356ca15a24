// The OpenAPI document covers the API as mounted: every route of the express app (walked from its
// router stack, sub-routers included) appears in the document, and the report routes declare their
// parameters and the content types they answer with.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { createApp } from '../../src/server/app';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';

interface Layer {
  rawPath?: string;
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every route as "METHOD /path/{param}", with the mount paths of the routers above it. */
function mountedRoutes(stack: Layer[], prefix = ''): string[] {
  const out: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      for (const path of [layer.route.path].flat())
        for (const method of Object.keys(layer.route.methods))
          out.push(
            `${method.toUpperCase()} ${`${prefix}${path}`.replace(/[:*](\w+)/g, '{$1}').replace(/\/$/, '')}`,
          );
    } else if (layer.handle.stack) {
      const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
      out.push(...mountedRoutes(layer.handle.stack, `${prefix}${mount}`));
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  let app: ReturnType<typeof createApp>;
  let doc: {
    paths: Record<
      string,
      Record<
        string,
        { parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, unknown> }> }
      >
    >;
  };

  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    app = createApp({
      service: new GraphService(store),
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
    });
    doc = (await request(app).get('/api/openapi.json').expect(200)).body;
  });

  it('describes every mounted API route', () => {
    const routes = mountedRoutes((app as unknown as { router: { stack: Layer[] } }).router.stack).filter(
      (r) => r.includes(' /api/'),
    );
    expect(routes).toContain('GET /api/reports/{ministry}');
    expect(routes).toContain('GET /api/reports/stelsel');
    const templates = Object.keys(doc.paths);
    const missing = routes.filter((r) => {
      const [method, path] = r.split(' ') as [string, string];
      // A templated route is covered by its own entry or by concrete ones (one per analysis).
      const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`);
      return !templates.some(
        (t) => (t === path || pattern.test(t)) && doc.paths[t]![method.toLowerCase()] !== undefined,
      );
    });
    expect(missing).toEqual([]);
  });

  it('gives the report routes their parameters, content types and problems', () => {
    for (const path of ['/api/reports/stelsel', '/api/reports/{ministry}']) {
      const get = doc.paths[path]!.get!;
      expect(get.parameters!.map((p) => p.name)).toEqual(
        expect.arrayContaining(['format', 'lang', 'snapshot', 'version']),
      );
      expect(Object.keys(get.responses['200']!.content!)).toEqual([
        'text/html',
        'text/markdown',
        'application/pdf',
      ]);
      for (const status of ['400', '404', '503'])
        expect(Object.keys(get.responses[status]!.content!)).toEqual(['application/problem+json']);
    }
    expect(doc.paths['/api/reports/{ministry}']!.get!.parameters!.map((p) => p.name)).toContain('ministry');
  });
});
