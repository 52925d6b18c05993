import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Where `npm run build` puts the web app (the API runs from the repository's root). */
export const BUILT_WEB_APP = join(process.cwd(), 'dist', 'web');

/**
 * Serves the board's web app at `/`. The app navigates by the URL's fragment, so every page is
 * `index.html` and no fallback route is needed. A server built without it still answers GraphQL.
 */
export function serveWebApp(app: NestExpressApplication, root: string): void {
  if (!existsSync(join(root, 'index.html'))) {
    Logger.warn(`no web app in ${root}: run npm run build to serve it at /`, 'WebApp');
    return;
  }
  app.useStaticAssets(root, { index: 'index.html', maxAge: '1h', immutable: false });
}
