// Runs ForceAtlas2 in a web worker and resolves with the positions; `kill` stops it.
import type { Fa2Message, Fa2Request } from './fa2.worker';

export interface Fa2Run {
  result: Promise<Map<string, { x: number; y: number }>>;
  kill(): void;
}

export function runForceAtlas2(request: Fa2Request, onProgress?: (done: number) => void): Fa2Run {
  const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<Map<string, { x: number; y: number }>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Fa2Message>) => {
      if (event.data.type === 'progress') onProgress?.(event.data.done);
      else {
        resolve(new Map(Object.entries(event.data.positions).map(([id, [x, y]]) => [id, { x, y }])));
        worker.terminate();
      }
    };
    worker.onerror = (e) => {
      reject(new Error(`cio-graph/web: layout worker failed: ${e.message}`));
      worker.terminate();
    };
  });
  worker.postMessage(request);
  return { result, kill: () => worker.terminate() };
}
