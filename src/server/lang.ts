// `?lang=` on the API: the language of rendered text. The query schemas (schemas.ts) accept it on every
// endpoint that answers with text or labels and refuse anything but nl|en with a 400 naming
// `query.lang`; these helpers say which language an answer is in and render analyses as CSV.
import type { Response } from 'express';
import { analysisCsv as renderAnalysisCsv } from '../analyses/csv';
import { getAnalysis } from '../analyses/registry';
import type { Lang } from '../model/text';
import type { CachedJson } from './service';

/** Content-Language when the client chose a language (RFC 9110 §8.5); nothing said otherwise. */
export function contentLanguage(res: Response, lang: Lang | undefined): void {
  if (lang) res.set('Content-Language', lang);
}

/** An analysis's cached JSON output as the CSV `cio-graph analyse ID --format csv --lang` prints. */
export function analysisCsv(id: string, cached: CachedJson, lang: Lang): string {
  return renderAnalysisCsv(getAnalysis(id), JSON.parse(cached.body) as unknown, lang);
}
