#!/usr/bin/env node
// Starts and stops the local Neo4j Community server (Launcher.java, jars from Maven Central).
//   node neo4j-local/neo4j.mjs start [--port 7687] [--home DIR]   → prints the Bolt URL when ready
//   node neo4j-local/neo4j.mjs stop [--home DIR]
// The jars are fetched by Maven on first use (GPLv3; never committed). State lives in neo4j-local/home/.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLASSPATH_FILE = join(HERE, 'cp.txt');
export const DEFAULT_HOME = join(HERE, 'home');

/** Resolves the Neo4j classpath with Maven (downloads the jars the first time). */
export function ensureClasspath() {
  const fresh =
    existsSync(CLASSPATH_FILE) &&
    readFileSync(CLASSPATH_FILE, 'utf8')
      .split(':')
      .every((jar) => existsSync(jar));
  if (fresh) return readFileSync(CLASSPATH_FILE, 'utf8').trim();
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      join(HERE, 'pom.xml'),
      'dependency:build-classpath',
      `-Dmdep.outputFile=${CLASSPATH_FILE}`,
    ],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0)
    throw new Error(
      'neo4j-local: Maven could not resolve the Neo4j jars (is Maven installed and Maven Central reachable?)',
    );
  return readFileSync(CLASSPATH_FILE, 'utf8').trim();
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts Neo4j in the background and resolves with its Bolt URL once it accepts queries.
 * `fresh: true` wipes the data directory first.
 */
export async function startNeo4j({
  port = 7687,
  home = DEFAULT_HOME,
  fresh = false,
  heap = '2g',
  pagecache = '256m',
  timeoutMs = 240_000,
} = {}) {
  home = resolve(home);
  const pidFile = join(home, 'neo4j.pid');
  if (existsSync(pidFile) && alive(Number(readFileSync(pidFile, 'utf8')))) {
    throw new Error(
      `neo4j-local: already running (pid ${readFileSync(pidFile, 'utf8').trim()}); stop it first`,
    );
  }
  if (fresh) rmSync(join(home, 'data'), { recursive: true, force: true });
  mkdirSync(join(home, 'data'), { recursive: true });
  const classpath = ensureClasspath();
  const logFile = join(home, 'neo4j.log');
  const log = openSync(logFile, 'w');
  const child = spawn(
    'java',
    [
      `-Xmx${heap}`,
      '-cp',
      classpath,
      join(HERE, 'Launcher.java'),
      '--home',
      join(home, 'data'),
      '--port',
      String(port),
      '--pagecache',
      pagecache,
    ],
    {
      detached: true,
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  child.unref();
  writeFileSync(pidFile, String(child.pid));
  const url = `bolt://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    if (text.includes('cio-graph-neo4j ready')) return { url, pid: child.pid, home };
    if (!alive(child.pid))
      throw new Error(`neo4j-local: the server exited during startup:\n${text.slice(-2000)}`);
    await sleep(250);
  }
  process.kill(child.pid, 'SIGKILL');
  throw new Error('neo4j-local: the server did not become ready in time');
}

/** Sends SIGTERM (clean shutdown) and waits; SIGKILL after `graceMs`. */
export async function stopNeo4j({ home = DEFAULT_HOME, graceMs = 30_000 } = {}) {
  const pidFile = join(resolve(home), 'neo4j.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (alive(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (alive(pid) && Date.now() < deadline) await sleep(200);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, ...rest] = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : fallback;
  };
  const home = flag('home', DEFAULT_HOME);
  try {
    if (command === 'start') {
      const { url } = await startNeo4j({
        port: Number(flag('port', process.env.NEO4J_PORT ?? 7687)),
        home,
        fresh: rest.includes('--fresh'),
      });
      console.log(url);
    } else if (command === 'stop') {
      console.log((await stopNeo4j({ home })) ? 'stopped' : 'not running');
    } else {
      console.error('usage: neo4j.mjs start [--port N] [--home DIR] [--fresh] | stop [--home DIR]');
      process.exitCode = 2;
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
