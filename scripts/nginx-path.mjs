/**
 * Where nginx is: $NGINX_PATH, else `nginx` on the PATH, else Debian's /usr/sbin/nginx (not on
 * a regular user's PATH). Returns undefined when none is present.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const DEBIAN_NGINX = '/usr/sbin/nginx';

export function findNginx() {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'nginx'))) return join(dir, 'nginx');
  }
  if (existsSync(DEBIAN_NGINX)) return DEBIAN_NGINX;
  return undefined;
}

/** The mime.types file that came with this nginx: next to its compiled-in nginx.conf. */
export function mimeTypesOf(nginx) {
  // `nginx -V` prints its build options on stderr.
  const { stdout, stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const built = `${stdout ?? ''}${stderr ?? ''}`;
  const confPath = /--conf-path=(\S+)/.exec(built)?.[1];
  const candidates = [confPath && join(confPath, '..', 'mime.types'), '/etc/nginx/mime.types'];
  return candidates.find((file) => file && existsSync(file));
}
