// The report routes in the OpenAPI document, from the zod schemas that validate them: the factsheet
// and the stelsel report in HTML, Markdown or PDF, at a snapshot or a workspace version.
import { z } from 'zod';
import { MinistryParam, ReportQuery } from './reports';
import { problemResponse, queryParameters } from '../openapi-parts';

const document = {
  description: 'The report in the requested format (PDF inline, Markdown as an attachment)',
  headers: {
    'X-Version': {
      description: 'The workspace version rendered, when `version` was given',
      schema: { type: 'integer' },
    },
  },
  content: {
    'text/html': { schema: { type: 'string' } },
    'text/markdown': { schema: { type: 'string' } },
    'application/pdf': { schema: { type: 'string', format: 'binary' } },
  },
};
const errors = {
  '400': problemResponse,
  '404': problemResponse,
  '429': problemResponse,
  '500': problemResponse,
  '503': {
    ...problemResponse,
    description:
      'No Chromium for a PDF, or the worker pool / PDF queue is full (Retry-After) or over its time budget',
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
  },
};
// Built when the document is (not at import): reports.ts and schemas.ts import each other.
const reportParameters = () =>
  queryParameters(ReportQuery).map((p) =>
    p.name === 'version'
      ? {
          ...p,
          description:
            'A workspace version (0 = the dataset); edits are footnoted with change, author and date. Not with snapshot 2021.',
        }
      : p,
  );

export function reportsPaths(): Record<string, unknown> {
  const parameters = reportParameters();
  return {
    '/api/reports/stelsel': {
      get: {
        summary: 'The stelsel report: Tabel 1, 3 and 4, deviations, overlap, fragmentation, changes',
        parameters,
        responses: { '200': document, ...errors },
      },
    },
    '/api/reports/{ministry}': {
      get: {
        summary: 'The factsheet of one ministry, every statement with its source as a footnote',
        parameters: [
          { name: 'ministry', in: 'path', required: true, schema: z.toJSONSchema(MinistryParam) },
          ...parameters,
        ],
        responses: { '200': document, ...errors },
      },
    },
  };
}
