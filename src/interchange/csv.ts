// RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes, CRLF or LF, a UTF-8 BOM.
export function toCsv(columns: readonly string[], rows: Record<string, string | undefined>[]): string {
  const cell = (v: string | undefined) => {
    const s = v ?? '';
    return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n'
  );
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Rows as objects keyed by the header, each with the line it starts on (1 = header). */
export function parseCsv(text: string): {
  header: string[];
  rows: { line: number; values: Record<string, string> }[];
} {
  const src = text.replace(/^\uFEFF/, '');
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
    fields = [];
  };
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new CsvSyntaxError(line, `line ${line}: a quote inside an unquoted field`);
      quoted = true;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(start, `line ${start}: a quoted field is not closed`);
  if (field !== '' || fields.length) endRecord();
  const [head, ...body] = records;
  if (!head) return { header: [], rows: [] };
  const header = head.fields.map((h) => h.trim());
  return {
    header,
    rows: body.map((r) => {
      if (r.fields.length !== header.length)
        throw new CsvSyntaxError(
          r.line,
          `line ${r.line}: ${r.fields.length} fields where the header has ${header.length}`,
        );
      return { line: r.line, values: Object.fromEntries(header.map((h, k) => [h, r.fields[k]!])) };
    }),
  };
}
