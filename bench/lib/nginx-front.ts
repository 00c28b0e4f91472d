import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../scripts/lib/embedded-database";

// The production front of deploy/nginx/gknb.conf, started from Debian's nginx for a benchmark: the
// same site configuration with its addresses rewritten (listen on a free loopback port, the
// upstream is the benchmark's app server, the cache in a temporary folder), and beside it a plain
// server block that serves files from a folder, with the same http settings, for comparison.

export type NginxFront = { frontUrl: string; fileUrl: string; cacheDir: string; stop: () => Promise<void> };

const CANDIDATES = [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"];

export function findNginx(): string | null {
  return CANDIDATES.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

/** deploy/nginx/gknb.conf with the benchmark's addresses. */
function siteConfig(appPort: number, frontPort: number, cacheDir: string): string {
  const site = readFileSync(join(process.cwd(), "deploy/nginx/gknb.conf"), "utf8");
  const rewritten = site
    .replace("/var/cache/nginx/gknb", cacheDir)
    .replace(/^\s*server app1:3000[^;]*;\s*\n\s*server app2:3000[^;]*;/m, `    server 127.0.0.1:${appPort};`)
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${frontPort} reuseport;`);
  if (
    rewritten.includes("app1:3000") ||
    !rewritten.includes(cacheDir) ||
    !rewritten.includes(`127.0.0.1:${frontPort}`)
  ) {
    throw new Error("deploy/nginx/gknb.conf has changed shape: update bench/lib/nginx-front.ts");
  }
  return rewritten;
}

/** Starts nginx with the production front before `appPort` and a file server of `files` (name → bytes). */
export async function startNginxFront(
  nginx: string,
  appPort: number,
  files: Record<string, Buffer>,
): Promise<NginxFront> {
  const folder = mkdtempSync(join(tmpdir(), "gknb-nginx-"));
  const cacheDir = join(folder, "cache");
  const www = join(folder, "www");
  mkdirSync(cacheDir);
  mkdirSync(www);
  mkdirSync(join(folder, "logs"));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(www, name), bytes);
  const [frontPort, filePort] = [await freePort(), await freePort()];
  const asRoot = process.getuid?.() === 0;
  const config = `
${asRoot ? "user root;" : ""}
worker_processes auto;
pid ${join(folder, "nginx.pid")};
error_log ${join(folder, "logs/error.log")} warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    access_log off;
    client_body_temp_path ${join(folder, "tmp-body")};
    proxy_temp_path ${join(folder, "tmp-proxy")};
    fastcgi_temp_path ${join(folder, "tmp-fastcgi")};
    uwsgi_temp_path ${join(folder, "tmp-uwsgi")};
    scgi_temp_path ${join(folder, "tmp-scgi")};

${siteConfig(appPort, frontPort, cacheDir)}

    # The comparison: the same bytes as files, same http settings.
    server {
        listen 127.0.0.1:${filePort} reuseport;
        server_tokens off;
        open_file_cache max=10000 inactive=60s;
        open_file_cache_valid 1s;
        gzip on;
        gzip_vary on;
        gzip_comp_level 5;
        gzip_min_length 1024;
        gzip_types text/css text/csv text/plain application/json application/javascript image/svg+xml;
        root ${www};
    }
}
`;
  const configFile = join(folder, "nginx.conf");
  writeFileSync(configFile, config);
  const test = spawnSync(nginx, ["-t", "-q", "-p", folder, "-c", configFile], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx refused the configuration: ${test.stderr}`);
  const child: ChildProcess = spawn(nginx, ["-p", folder, "-c", configFile, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const frontUrl = `http://127.0.0.1:${frontPort}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    if (
      await fetch(`${frontUrl}/api/health`).then(
        () => true,
        () => false,
      )
    )
      break;
    if (attempt > 100) throw new Error("nginx did not start");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    frontUrl,
    fileUrl: `http://127.0.0.1:${filePort}`,
    cacheDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
