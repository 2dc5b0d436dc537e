// The reference server: @y/websocket-server 0.1.1's src/server.js, line for line, except
// for the `ws` import. Its bin does `import WebSocket from 'ws'; new WebSocket.Server(…)`,
// which fails with the ws 8 installed here (the ESM default export has no `.Server`; the
// package wants ws ^6 as an optional dependency, which npm does not install next to ws 8).
// setupWSConnection (utils.js, with y-leveldb persistence via YPERSISTENCE) is unchanged.
import { WebSocketServer } from 'ws';
import http from 'http';
import * as number from 'lib0/number';
import { setupWSConnection } from '@y/websocket-server/utils';

const wss = new WebSocketServer({ noServer: true });
const host = process.env.HOST || 'localhost';
const port = number.parseInt(process.env.PORT || '1234');

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});

wss.on('connection', setupWSConnection);

server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => {
    wss.emit('connection', ws, request);
  });
});

server.listen(port, host, () => {
  console.log(`running at '${host}' on port ${port}`);
});
