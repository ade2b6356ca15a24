// The report feature's own words, Dutch and English.
const TEXT = {
  factsheet: { nl: 'Factsheet', en: 'Factsheet' },
  report: { nl: 'Rapport', en: 'Report' },
  exportSvg: { nl: 'SVG exporteren', en: 'Export SVG' },
  networkOf: { nl: 'Netwerk van', en: 'Network of' },
  wholeStelsel: { nl: 'Het CIO-stelsel Rijksdienst', en: 'The CIO-stelsel Rijksdienst' },
} as const;

export function reportText(lang: 'nl' | 'en', key: keyof typeof TEXT): string {
  return TEXT[key][lang];
}
