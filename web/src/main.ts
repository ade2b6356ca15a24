// Entry point: load the graph, start the viewer, show a readable error when the API is not there.
import './styles.css';
import { api } from './api';
import { App } from './app';
import { bootLod } from './features/lod';

async function boot(): Promise<void> {
  const status = document.getElementById('status')!;
  try {
    // Above the level-of-detail threshold the compact, folded view takes the page (features/lod).
    if (await bootLod()) return;
    const app = new App(await api.graph());
    await app.start();
    window.addEventListener('pagehide', () => app.kill(), { once: true });
  } catch (error) {
    status.textContent = `Laden mislukt / Loading failed: ${(error as Error).message}`;
    document.body.dataset.ready = 'error';
    throw error;
  }
}

void boot();
