/**
 * A stand-in for Zotero desktop's connector server on 127.0.0.1:23119, for the browser tests:
 * it records every request and, as Zotero does, refuses browser requests without the connector
 * API header.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeZotero {
  received: Received[];
  close: () => Promise<void>;
}

export function startFakeZotero(): Promise<FakeZotero> {
  const received: Received[] = [];
  return new Promise((resolve) => {
    const server: Server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8').on('data', (d: string) => (body += d));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        if (!req.headers['x-zotero-connector-api-version']) return res.writeHead(403).end('Request not allowed');
        if (req.url === '/connector/ping') return res.writeHead(200, { 'content-type': 'text/plain' }).end('Zotero is running');
        res.writeHead(201, { 'content-type': 'application/json' }).end();
      });
    });
    server.listen(23119, '127.0.0.1', () => resolve({ received, close: () => new Promise((r) => server.close(() => r())) }));
  });
}
