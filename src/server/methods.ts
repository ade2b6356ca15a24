// 405 instead of 404 when the path exists under another method, with the Allow header RFC 9110 asks
// for. The methods are read from the router's own routes (nested routers included), so a route that
// another module mounts is covered without a second list to keep in step.
import type { NextFunction, Request, Response, Router } from 'express';
import { HttpProblem } from './problem';

/** The parts of express's router layers this reads (router 2.x, the router of express 5). */
interface LayerLike {
  route?: { methods: Record<string, boolean | undefined> };
  handle?: { stack?: LayerLike[] };
  match(path: string): false | { path: string };
}

/** The methods some route answers for a path, HEAD included wherever GET is. */
export function allowedMethods(stack: readonly LayerLike[], path: string): string[] {
  const allowed = new Set<string>();
  for (const layer of stack) {
    const matched = layer.match(path);
    if (!matched) continue;
    if (layer.route) {
      for (const [method, on] of Object.entries(layer.route.methods))
        if (on && method !== '_all') allowed.add(method.toUpperCase());
    } else if (layer.handle?.stack) {
      const rest = path.slice(matched.path.length) || '/';
      for (const method of allowedMethods(layer.handle.stack, rest)) allowed.add(method);
    }
  }
  if (allowed.has('GET')) allowed.add('HEAD');
  return [...allowed].sort();
}

/** The last handler of a router: 405 with Allow when another method fits, otherwise 404. */
export function methodNotAllowed(router: Router) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const allowed = allowedMethods(router.stack as unknown as LayerLike[], req.path);
    if (allowed.length > 0 && !allowed.includes(req.method)) {
      res.set('Allow', allowed.join(', '));
      return next(
        new HttpProblem(
          405,
          'Method Not Allowed',
          `${req.method} is not allowed on ${req.path}; use ${allowed.join(', ')}`,
        ),
      );
    }
    next(new HttpProblem(404, 'Not Found', `No API route ${req.method} ${req.path}`));
  };
}
