import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, type AppModuleOptions } from './app.module';
import { PublishingService } from '@samverkan/agenda/api';
import { publishDemoProgramme, seedBase, seedDemo } from './database/seeds';
import { seedDemoRegistrationConference } from './database/demo-registration-conference';
import { noStoreByDefault } from './platform/cache-control';
import { requestTiming } from './platform/metrics';
import { createValidationPipe, wellFormedText } from './platform/validation';
import { mountSeo } from './platform/seo';
import { assignCspNonce, cspNonce, mountWeb } from './platform/web';

export const API_PREFIX = 'api';

/** Builds the whole API: the same code path for `npm start`, the integration tests and the CLI. */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    // Nest's own start-up lines go through pino too (and are silent in tests).
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // Every request's duration by route pattern and status, for the operators' metrics (platform/metrics.ts).
  app.use(requestTiming);
  // A hop count or the proxies' addresses (config.ts refuses a blanket true).
  if (options.config.trustProxy !== false) app.set('trust proxy', options.config.trustProxy);
  app.disable('x-powered-by');
  // gzip for the web app's files and JSON answers over 1 kB; answers already encoded (the programme,
  // calendar feeds: gzip made once) pass through untouched.
  app.use(compression({ threshold: 1024 }));
  app.useBodyParser('json', { limit: '1mb', reviver: wellFormedText });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  app.setGlobalPrefix(API_PREFIX);
  app.use(`/${API_PREFIX}`, noStoreByDefault);
  app.useGlobalPipes(createValidationPipe());
  app.use(assignCspNonce);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // No inline scripts but the server-rendered page's event-replay ones, which carry this
          // response's nonce (platform/web.ts).
          scriptSrc: ["'self'", (req, res) => `'nonce-${cspNonce(req, res)}'`],
          // Angular Material sets styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // robots.txt and sitemap.xml before the web app's files and its catch-all page.
  mountSeo(app, { publicUrl: options.config.publicUrl });
  // The web app (static files and pages, rendered on the server where the bundle is built) after
  // the security headers and before Nest's routes; it leaves /api to them.
  await mountWeb(app, {
    webDist: options.config.webDist,
    publicUrl: options.config.publicUrl,
    host: options.config.host,
    loadRenderer: options.loadRenderer,
  });
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApiConfig()), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
  await app.init();

  const dataSource = app.get(DataSource);
  await seedBase(dataSource);
  if (options.config.seedDemo) {
    await seedDemo(dataSource);
    await publishDemoProgramme(dataSource, app.get(PublishingService));
    await seedDemoRegistrationConference(app);
  }
  return app;
}

export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Samverkan API')
    .setDescription(
      'The conference and working-committee API of Svenska Industrikommuner. Errors always have the body ' +
        '`{ statusCode, message, errors? }`; `errors` maps a field to a code where a field is at fault.',
    )
    .setVersion('1.0')
    .addBearerAuth()
    .build();
}
