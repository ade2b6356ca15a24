// Small hand-built datasets for unit tests, as in-memory "files" so each test states exactly what it feeds.
import type { DataFile } from '../../src/model/validate';

export const SOURCES_FILE: DataFile = {
  path: 'data/sources.yaml',
  parsed: {
    documents: [
      {
        id: 'doc',
        title: 'Test document',
        author: 'Test',
        date: '2024-09-24',
        file: 'doc.txt',
        default: true,
      },
    ],
  },
};

export const DOC_TEXT =
  'Tabel 1. De CIO valt rechtstreeks onder de SG. Nee, onder pSG. Het CIO-beraad en de ACD overlappen.';

export function files(...dataFiles: { path: string; nodes?: unknown[]; edges?: unknown[] }[]): DataFile[] {
  return [SOURCES_FILE, ...dataFiles.map(({ path, ...parsed }) => ({ path, parsed }))];
}

export const minimalMinistry = {
  path: 'data/ministries/XX.yaml',
  nodes: [
    { id: 'AZ', kind: 'ministry', name: 'Ministerie van Algemene Zaken', sources: ['Lijst'] },
    { id: 'AZ/SG', kind: 'role', type: 'SG', name: 'SG AZ', sources: ['Tabel 1'] },
    {
      id: 'AZ/CIO',
      kind: 'role',
      type: 'departmental_cio',
      name: 'CIO AZ',
      sources: ['Tabel 1'],
      facts: {
        fulltime: {
          value: false,
          sources: [{ locator: 'Tabel 1', excerpt: 'De CIO valt rechtstreeks onder de SG.' }],
        },
      },
    },
  ],
  edges: [{ kind: 'reports_to', from: 'AZ/CIO', to: 'AZ/SG', sources: ['Tabel 1'] }],
};
