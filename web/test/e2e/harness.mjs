// Starts the built LocalHost (with its embedded Azurite) on free loopback ports with a temp data folder, compressed
// business time and a fresh development-token key; mints tokens with the host's own `token` command; stops only the
// processes it started, by PID.
import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = path.resolve(webDir, '..');
export const resultsDir = path.join(webDir, 'test-results');

// The business calendar starts on Monday 2018-03-12 09:00 Beijing, as the integration tests do (LocalHostScenario).
export const businessOrigin = new Date('2018-03-12T01:00:00Z');

export function localHostDll() {
  const candidates = [
    process.env.XJKEJI_LOCALHOST_DLL,
    path.join(repoRoot, 'src/LocalHost/bin/Release/net10.0/XjKeji.LocalHost.dll'),
    path.join(repoRoot, 'artifacts/bin/XjKeji.LocalHost/release/XjKeji.LocalHost.dll'),
  ].filter(Boolean);
  const found = candidates.find(p => existsSync(p));
  if (!found) {
    throw new Error(`XjKeji.LocalHost.dll not found (looked in ${candidates.join(', ')}). Build first: dotnet build src/LocalHost -c Release (or set XJKEJI_LOCALHOST_DLL).`);
  }
  return found;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls until work() returns a truthy value or the deadline passes; no fixed sleeps. */
export async function until(what, work, { timeoutMs = 60_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await work();
      if (value) {
        return value;
      }
    } catch (e) {
      last = e;
    }
    await new Promise(r => setTimeout(r, intervalMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class LocalHost {
  constructor({ wallPerBusinessDayMs }) {
    this.dll = localHostDll();
    this.key = randomBytes(32).toString('base64');
    this.wallOrigin = new Date();
    this.scale = 86_400_000 / wallPerBusinessDayMs;
    this.dataDir = mkdtempSync(path.join(os.tmpdir(), 'xjkeji-e2e-'));
    this.output = [];
    this.azurite = null;
  }

  env(extra = {}) {
    return {
      ...process.env,
      XJKEJI_REPO_ROOT: repoRoot,
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_NOLOGO: '1',
      ASPNETCORE_ENVIRONMENT: 'Production',
      Storage__ConnectionString: '',
      Storage__AzuriteLocation: path.join(this.dataDir, 'azurite'),
      Auth__DevTokenKey: this.key,
      Workflow__Clock__Scale: String(this.scale),
      Workflow__Clock__WallOrigin: this.wallOrigin.toISOString(),
      Workflow__Clock__BusinessOrigin: businessOrigin.toISOString(),
      Workflow__RecheckInterval: '00:00:05',
      // The embedded Azurite's PID and ports are read from this line, whatever the caller's default log level.
      'Logging__LogLevel__XjKeji.LocalHost.Durable.DurableBackendService': 'Information',
      ...extra,
    };
  }

  /** Business now: the host's compressed clock (ScaledBusinessClock) computed from the same settings. */
  businessNow() {
    return new Date(businessOrigin.getTime() + (Date.now() - this.wallOrigin.getTime()) * this.scale);
  }

  businessToday() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(this.businessNow());
  }

  async start({ timeoutMs = 90_000 } = {}) {
    mkdirSync(resultsDir, { recursive: true });
    this.port = await freePort();
    this.url = `http://127.0.0.1:${this.port}`;
    const log = createWriteStream(path.join(resultsDir, 'localhost.log'));
    // Content root src/LocalHost, as `dotnet run --project src/LocalHost` (./run.sh) has: appsettings.json and wwwroot/ there.
    this.process = spawn('dotnet', [this.dll, '--urls', this.url], {
      cwd: path.join(repoRoot, 'src', 'LocalHost'),
      env: this.env({ Workflow__PortalBaseUrl: `${this.url}/` }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onData = chunk => {
      const text = chunk.toString();
      log.write(text);
      for (const line of text.split('\n')) {
        this.output.push(line);
        if (this.output.length > 400) {
          this.output.shift();
        }
        const m = /Embedded Azurite pid=(\d+) blob=(\d+)/.exec(line);
        if (m) {
          this.azurite = { pid: Number(m[1]), blobPort: Number(m[2]) };
        }
      }
    };
    this.process.stdout.on('data', onData);
    this.process.stderr.on('data', onData);
    this.exited = new Promise(resolve => this.process.once('exit', code => { log.end(); resolve(code); }));
    // If the test process dies without running stop(), still end the host it started (by PID; it stops its Azurite).
    const pid = this.process.pid;
    process.once('exit', () => { try { process.kill(pid, 'SIGTERM'); } catch { /* already gone */ } });
    let exitCode = null;
    this.exited.then(code => { exitCode = code; });

    const started = Date.now();
    await until('LocalHost /api/health', async () => {
      if (exitCode !== null) {
        throw Object.assign(new Error(`LocalHost exited with code ${exitCode} during start:\n${this.tail()}`), { fatal: true });
      }
      return (await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2000) })).ok;
    }, { timeoutMs, intervalMs: 150 }).catch(e => { throw new Error(`${e.message}\n${this.tail()}`); });
    this.startMs = Date.now() - started;
    const index = await fetch(`${this.url}/`);
    if (!index.ok || !(await index.text()).includes('<div id="app">')) {
      throw new Error('LocalHost does not serve the web front end at / : run `npm run build --prefix web` first.');
    }
  }

  tail(lines = 40) {
    return this.output.slice(-lines).join('\n');
  }

  /** A development token from the host's own `token` command (same key as the running host). */
  async token(role, id, name, institution) {
    const args = [this.dll, 'token', '--role', role, '--id', id, '--name', name];
    if (institution) {
      args.push('--institution', institution);
    }
    const { stdout } = await promisify(execFile)('dotnet', args, { cwd: path.join(repoRoot, 'src', 'LocalHost'), env: this.env(), timeout: 60_000 });
    const token = stdout.trim().split('\n').pop().trim();
    if (!token.startsWith('dev.')) {
      throw new Error(`token command printed no token: ${stdout}`);
    }
    return token;
  }

  /**
   * Browsers PUT evidence straight to Blob storage, cross-origin, so the blob service needs a CORS rule for the site.
   * LocalHost sets it at start (PortalBlobCors); this checks the preflight the browser will send is accepted.
   */
  async ensureBlobCors() {
    if (!this.azurite) {
      throw new Error(`Embedded Azurite's ports not found in LocalHost's log:\n${this.tail()}`);
    }
    const preflight = await rawRequest({
      port: this.azurite.blobPort, method: 'OPTIONS', path: '/devstoreaccount1/evidence/cors-probe',
      headers: { Origin: this.url, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type,x-ms-blob-type' },
    });
    if (preflight.status !== 200) {
      throw new Error(`The blob service refuses the portal's CORS preflight (${preflight.status}): LocalHost set no rule for ${this.url}`);
    }
    return 'configured-by-host';
  }

  /** SIGTERM to the host (it stops its Azurite), then SIGKILL both by PID if they outlive the grace. */
  async stop(graceMs = 20_000) {
    if (!this.process) {
      return;
    }
    const pid = this.process.pid;
    if (this.process.exitCode === null && this.process.signalCode === null) {
      process.kill(pid, 'SIGTERM');
      const done = await Promise.race([this.exited.then(() => true), new Promise(r => setTimeout(() => r(false), graceMs))]);
      if (!done) {
        process.kill(pid, 'SIGKILL');
        await this.exited;
      }
    }
    if (this.azurite && isAlive(this.azurite.pid)) {
      await until('Azurite to stop', () => !isAlive(this.azurite.pid), { timeoutMs: 10_000 }).catch(() => process.kill(this.azurite.pid, 'SIGKILL'));
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

function rawRequest({ port, method, path: p, headers, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: p, headers }, res => {
      let data = '';
      res.on('data', c => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
