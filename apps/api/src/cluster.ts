import cluster, { type Worker } from 'node:cluster';

/** What a worker tells the primary. */
export type WorkerMessage = { type: 'ready' } | { type: 'failed'; reason: string };

/** The environment variable through which the primary hands its workers the database it opened. */
export const WORKER_DATABASE_URL = 'SAMVERKAN_WORKER_DATABASE_URL';

/** A worker that exits this soon after it started is failing, not crashing: it is not restarted in a loop. */
const RESTART_WINDOW_MS = 10_000;
const MAX_QUICK_RESTARTS = 3;
const STOP_GRACE_MS = 15_000;

export interface WorkerPool {
  /** Resolves once every worker listens; rejects with the first start-up failure. */
  ready: Promise<void>;
  /** Asks every worker to stop (SIGTERM: Nest closes the app), and kills those still running after a grace period. */
  stop(): Promise<void>;
}

/**
 * Forks `count` API workers that share the listening port (node:cluster hands connections round robin).
 * A worker that dies after start-up is replaced, unless it keeps dying within seconds of starting.
 */
export function forkWorkers(count: number, env: Record<string, string>, onGiveUp: (reason: string) => void): WorkerPool {
  let stopping = false;
  let started = 0;
  const quickExits: number[] = [];
  let resolveReady!: () => void;
  let rejectReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  let allReady = false;

  const fork = (): Worker => {
    const bornAt = Date.now();
    const worker = cluster.fork(env);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready' && !allReady && ++started === count) {
        allReady = true;
        resolveReady();
      }
      if (message.type === 'failed' && !allReady) rejectReady(new Error(message.reason));
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (!allReady) {
        rejectReady(new Error(`a worker exited while starting (${signal ?? `code ${code}`})`));
        return;
      }
      const now = Date.now();
      if (now - bornAt < RESTART_WINDOW_MS) quickExits.push(now);
      const recent = quickExits.filter((at) => now - at < RESTART_WINDOW_MS * MAX_QUICK_RESTARTS);
      if (recent.length >= MAX_QUICK_RESTARTS) {
        onGiveUp(`workers keep exiting right after they start (last: ${signal ?? `code ${code}`})`);
        return;
      }
      console.error(`Samverkan: worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another.`);
      fork();
    });
    return worker;
  };

  for (let i = 0; i < count; i++) fork();

  return {
    ready,
    async stop() {
      stopping = true;
      const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
      await Promise.all(
        running.map(
          (worker) =>
            new Promise<void>((resolve) => {
              const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
              worker.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/** In a worker: tells the primary how start-up went (a no-op in a process of its own). */
export function reportToPrimary(message: WorkerMessage): void {
  if (cluster.isWorker && process.send) process.send(message);
}
