import type { Request, RequestHandler, Router } from 'express';

/**
 * Lets a request skip a feature router whose paths it cannot match, with one string test per
 * router. Express walks every layer of every mounted router for every request (a regexp per
 * route), which on a small GET cost more than the rest of the routing. The prefixes are read off
 * the router's own routes, up to their first parameter, so they cannot drift from them; a router
 * with a layer whose path cannot be read (a RegExp) is always entered.
 */
export function skipOtherPaths(router: Router): RequestHandler {
  const prefixes = staticPrefixes(router);
  if (!prefixes) return router;
  return (req, res, next) => {
    const path = lowerCasePath(req);
    for (const { start, exact } of prefixes) {
      const matches = exact ? path === start || path === `${start}/` : path.startsWith(start);
      if (matches) return router(req, res, next);
    }
    next();
  };
}

type LayerLike = { route?: { path?: unknown }; rawPath?: unknown };

/** A route without parameters matches its whole path (a trailing slash allowed); one with
 * parameters, or a `use` mount, anything under its static start. */
function staticPrefixes(router: Router): Array<{ start: string; exact: boolean }> | undefined {
  const prefixes = new Map<string, boolean>();
  for (const layer of router.stack as LayerLike[]) {
    const paths = layer.route ? layer.route.path : layer.rawPath;
    for (const path of Array.isArray(paths) ? paths : [paths]) {
      if (typeof path !== 'string') return undefined;
      // Express matches paths case-insensitively, and a parameter can hold anything.
      const start = path.split(/[:*({?]/, 1)[0]!.toLowerCase();
      const exact = Boolean(layer.route) && start === path.toLowerCase();
      prefixes.set(start, (prefixes.get(start) ?? true) && exact);
    }
  }
  return [...prefixes].map(([start, exact]) => ({ start, exact }));
}

const LOWER_CASE_PATH = Symbol('lowerCasePath');

function lowerCasePath(req: Request): string {
  const holder = req as Request & { [LOWER_CASE_PATH]?: string };
  return (holder[LOWER_CASE_PATH] ??= req.path.toLowerCase());
}
