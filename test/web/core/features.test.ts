// The composition point: features mount in order and unmount in reverse; the event bus is typed and
// synchronous.
import { describe, expect, it } from 'vitest';
import { createEvents } from '../../../web/src/core/context';
import type { AppContext, Feature } from '../../../web/src/core/context';
import { mountFeatures } from '../../../web/src/features';
import { DEFAULT_STATE } from '../../../web/src/state';

describe('features', () => {
  it('mounts every feature with the context and cleans up in reverse order', () => {
    const log: string[] = [];
    const ctx = { id: 'ctx' } as unknown as AppContext;
    const feature = (id: string, cleanup: boolean): Feature => ({
      id,
      mount: (c) => {
        log.push(`mount ${id} ${(c as unknown as { id: string }).id}`);
        return cleanup ? () => log.push(`unmount ${id}`) : undefined;
      },
    });
    const kill = mountFeatures(ctx, [feature('a', true), feature('b', false), feature('c', true)]);
    expect(log).toEqual(['mount a ctx', 'mount b ctx', 'mount c ctx']);
    kill();
    expect(log.slice(3)).toEqual(['unmount c', 'unmount a']);
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const events = createEvents();
    const seen: string[] = [];
    const off = events.on('text', (lang) => seen.push(lang));
    events.emit('text', 'en');
    off();
    events.emit('text', 'nl');
    events.emit('state', { patch: {}, before: DEFAULT_STATE });
    expect(seen).toEqual(['en']);
  });
});
