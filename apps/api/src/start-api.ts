import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { ConcordatConfig } from '@concordat/config';
import { AppModule } from './app.module';
import { loadDemoOnFirstStart } from './demo/load-demo-on-first-start';
import { PageSizeLimitPipe } from './graphql/pagination-limit.pipe';
import { inputValidationPipe } from './graphql/validation';
import { limitJsonBodies } from './hardening/json-body-limit';
import { BUILT_WEB_APP, serveWebApp } from './web/serve-web-app';

export interface StartOptions {
  readonly host?: string;
  /** Overrides the configured port; 0 picks a free one (tests). */
  readonly port?: number;
  readonly quiet?: boolean;
  /** Where the JSON logs go instead of standard output. */
  readonly logDestination?: DestinationStream;
  /** The built web app to serve at `/`; by default the one `npm run build` wrote. */
  readonly webAppRoot?: string;
}

/** Creates the API, loads the demo into a new embedded store, and starts listening. */
export async function startApi(
  config: ConcordatConfig,
  options: StartOptions = {},
): Promise<INestApplication> {
  const effective: ConcordatConfig = options.quiet ? { ...config, logLevel: 'silent' } : config;
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(effective, options.logDestination),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // Registered before initialisation, so it replaces Nest's default JSON parser.
  limitJsonBodies(app, config.limits.bodyBytes);
  app.useGlobalPipes(inputValidationPipe(), new PageSizeLimitPipe(config.limits.pageSize));
  serveWebApp(app, options.webAppRoot ?? BUILT_WEB_APP);
  // Command handlers register with the bus during initialisation, so seed only after it.
  await app.init();
  await loadDemoOnFirstStart(app, config);
  await app.listen(options.port ?? config.port, options.host ?? '0.0.0.0');
  return app;
}
