// Entry point: load the graph, start the viewer, show a readable error when the API is not there.
import './styles.css';
import { api } from './api';
import { requestCompact } from './features/lod/request';

async function boot(): Promise<void> {
  const status = document.getElementById('status')!;
  try {
    // Above the level-of-detail threshold the compact, folded view takes the page (features/lod).
    // The compact graph is requested before the view's code (sigma, graphology) is loaded, so both
    // travel at once; the full viewer's code is loaded only when it is the view.
    const compact = requestCompact();
    compact.catch(() => undefined); // awaited by bootLod; not an unhandled rejection meanwhile
    const { bootLod } = await import('./features/lod');
    if (await bootLod(compact)) return;
    const [{ App }, graph] = await Promise.all([import('./app'), api.graph()]);
    const app = new App(graph);
    await app.start();
    window.addEventListener('pagehide', () => app.kill(), { once: true });
  } catch (error) {
    status.textContent = `Laden mislukt / Loading failed: ${(error as Error).message}`;
    document.body.dataset.ready = 'error';
    throw error;
  }
}

void boot();
