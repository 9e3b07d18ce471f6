import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { projectRoot } from '../paths';
import { LOCALES } from '../domain/locale';
import { CATALOGS } from '../i18n/say';

/** The page's words as the page script takes them: one object of plain strings per language. */
const pageWords = Object.fromEntries(
  LOCALES.map((l) => [l, Object.fromEntries(Object.entries(CATALOGS.web[l]).map(([key, text]) => [key, text()]))]),
);

const webDir = join(projectRoot, 'src', 'web');
/** Web Chat's own bundle, served from node_modules: no CDN, nothing from the internet. */
const webChatBundle = join(projectRoot, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');
/** The Teams app's colour icon (192 × 192 PNG): the page's icon too, one image for both. */
const icon = join(projectRoot, 'teams', 'color.png');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page at / (Web Chat on this server's Direct Line) and its static files. */
export function registerWebPage(server: Server, options: { hospitalName: string; frameAncestors: string[] }): void {
  const page = readFileSync(join(webDir, 'index.html'), 'utf8')
    .replaceAll('{{hospital}}', escapeHtml(options.hospitalName))
    // JSON inside <script>: "<" escaped so no text can close the element.
    .replace('{{messages}}', JSON.stringify(pageWords).replace(/</g, '\\u003c'));
  const files: Record<string, { path: string; type: string; cache: string }> = {
    'webchat.js': { path: webChatBundle, type: 'application/javascript; charset=utf-8', cache: 'public, max-age=86400' },
    'sesame-chat.js': { path: join(webDir, 'sesame-chat.js'), type: 'application/javascript; charset=utf-8', cache: 'no-cache' },
    'sesame-turns.js': { path: join(webDir, 'sesame-turns.js'), type: 'application/javascript; charset=utf-8', cache: 'no-cache' },
    'sesame.css': { path: join(webDir, 'sesame.css'), type: 'text/css; charset=utf-8', cache: 'no-cache' },
  };
  const loaded = new Map<string, Buffer>();
  // Web Chat renders Adaptive Cards and markdown with inline styles; scripts only from here. Framed
  // only by this server and the intranet pages SESAME_FRAME_ANCESTORS names: any other site could
  // overlay the chat of a signed-in manager and have them click "Confirm" (clickjacking).
  const policy = [
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "connect-src 'self' ws: wss:",
    `frame-ancestors ${["'self'", ...options.frameAncestors].join(' ')}`, "base-uri 'none'",
  ].join('; ');

  server.get('/', async (_req: Request, res: Response) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': policy,
    });
    res.end(page);
  });

  // Browsers ask for /favicon.ico whatever the page says; the page names the same image.
  let iconBody: Buffer | undefined;
  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    iconBody ??= readFileSync(icon);
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400', 'content-length': iconBody.length });
    res.end(iconBody);
  });

  server.get('/web/:file', async (req: Request, res: Response) => {
    const file = files[String(req.params.file)];
    if (!file) {
      res.status(404);
      res.json({ error: { code: 'NotFound', message: 'no such file' } });
      return;
    }
    let body = loaded.get(file.path);
    if (!body) loaded.set(file.path, (body = readFileSync(file.path)));
    res.writeHead(200, { 'content-type': file.type, 'cache-control': file.cache, 'content-length': body.length });
    res.end(body);
  });
}
