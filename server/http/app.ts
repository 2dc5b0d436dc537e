import express, { type Express } from 'express';
import type { ExportSources } from '../outcomes/buildExport.ts';
import { outcomesRouter } from '../outcomes/exportRouter.ts';
import type { Store } from '../store/types.ts';
import { apiRouter } from './api.ts';
import type { RequestAuth } from './auth.ts';
import { errorHandler } from './errors.ts';
import { clientRouter } from './static.ts';

export function createHttpApp(
  auth: RequestAuth,
  options: {
    clientDir: string | null;
    log: (message: string, error: unknown) => void;
    outcomes: ExportSources & { store: Store };
  },
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((_request, response, next) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  app.use('/api', outcomesRouter(auth, options.outcomes));
  app.use('/api', apiRouter(auth));
  app.use(clientRouter(options.clientDir));
  app.use(errorHandler(options.log));
  return app;
}
