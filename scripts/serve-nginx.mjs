/**
 * Serves a build with nginx and deploy/nginx.conf, as a deployer would, but from a temporary
 * folder and in the foreground: `node scripts/serve-nginx.mjs [--port 4180] [--root dist]`.
 * The site's configuration is used as it is, with only its `listen` (127.0.0.1 and the port) and
 * `root` changed; around it goes a minimal main configuration whose pid file, temporary files
 * and logs stay in the temporary folder, so it runs as root or as any user. Stops on SIGTERM or
 * SIGINT and removes the folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findNginx, mimeTypesOf } from './nginx-path.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { port: { type: 'string', default: '4180' }, root: { type: 'string', default: 'dist' } },
});
const port = Number(values.port);
const root = resolve(repo, values.root);

const fail = (message) => {
  console.error(message);
  process.exit(1);
};
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`Not a port: ${values.port}`);
if (!existsSync(join(root, 'index.html'))) fail(`No build in ${root}: run \`npx vite build\` first.`);
const nginx = findNginx();
if (!nginx) fail('No nginx found: run `node scripts/ensure-nginx.mjs`, install nginx, or set NGINX_PATH.');

/** nginx reads a double-quoted string with backslash escapes. */
const quoted = (path) => `"${path.replace(/[\\"]/g, '\\$&')}"`;

/** deploy/nginx.conf with this port on 127.0.0.1 only and this root. */
function site(conf) {
  const listens = conf.match(/^[ \t]*listen[ \t][^;]*;[ \t]*\n/gm) ?? [];
  const roots = conf.match(/^[ \t]*root[ \t][^;]*;/gm) ?? [];
  if (listens.length === 0 || roots.length !== 1) {
    fail('deploy/nginx.conf must have one `root` line and at least one `listen` line.');
  }
  let first = true;
  return conf
    .replace(/^([ \t]*)listen[ \t][^;]*;[ \t]*\n/gm, (_, indent) => {
      const line = first ? `${indent}listen 127.0.0.1:${port};\n` : '';
      first = false;
      return line;
    })
    .replace(/^([ \t]*)root[ \t][^;]*;/m, (_, indent) => `${indent}root ${quoted(root)};`);
}

const dir = mkdtempSync(join(tmpdir(), 'versus-nginx-'));
const mimeTypes = mimeTypesOf(nginx);
writeFileSync(join(dir, 'site.conf'), site(readFileSync(join(repo, 'deploy', 'nginx.conf'), 'utf8')));
writeFileSync(
  join(dir, 'nginx.conf'),
  `daemon off;
master_process off;
pid ${quoted(join(dir, 'nginx.pid'))};
error_log stderr warn;

events {
    worker_connections 256;
}

http {
    ${mimeTypes ? `include ${quoted(mimeTypes)};` : 'types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; }'}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${quoted(join(dir, 'client_body'))};
    proxy_temp_path ${quoted(join(dir, 'proxy'))};
    fastcgi_temp_path ${quoted(join(dir, 'fastcgi'))};
    uwsgi_temp_path ${quoted(join(dir, 'uwsgi'))};
    scgi_temp_path ${quoted(join(dir, 'scgi'))};

    include ${quoted(join(dir, 'site.conf'))};
}
`,
);

const server = spawn(nginx, ['-p', `${dir}/`, '-e', 'stderr', '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
console.log(`nginx serves ${root} at http://127.0.0.1:${port}/`);

const stop = (signal) => server.kill(signal);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGTERM'));
server.on('error', (error) => {
  rmSync(dir, { recursive: true, force: true });
  fail(`nginx did not start: ${error.message}`);
});
server.on('exit', (code, signal) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? (signal === 'SIGTERM' ? 0 : 1));
});
