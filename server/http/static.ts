import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/**
 * Serves the built client and answers every other GET with index.html, so /board and
 * /organizer work on reload. When the client is not built, says how to build it.
 * /sw.js is served with `Cache-Control: no-cache` (see docs/ARCHITECTURE.md, Client).
 */
export function clientRouter(clientDir: string | null): Router {
  const router = express.Router();
  const indexFile = clientDir ? path.join(clientDir, 'index.html') : null;
  if (clientDir) {
    // The service worker (client/public/sw.js): always revalidated, so a new deploy's
    // version is picked up at the next visit; never answered with index.html.
    const serviceWorkerFile = path.join(clientDir, 'sw.js');
    router.get('/sw.js', (_request, response) => {
      if (!fs.existsSync(serviceWorkerFile)) {
        response.status(404).type('text/plain').send('Not found');
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.type('text/javascript; charset=utf-8');
      response.sendFile(serviceWorkerFile, { cacheControl: false });
    });
    router.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y' }));
    router.use(express.static(clientDir, { index: false }));
  }
  router.get('/{*rest}', (_request, response) => {
    if (indexFile && fs.existsSync(indexFile)) {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(indexFile);
    } else {
      response
        .status(503)
        .type('text/plain')
        .send('The Vonk client is not built yet. Run "npm start" (it builds first) or "npm run build".');
    }
  });
  return router;
}
