// Strict XML for the GEXF and GraphML imports. Any DOCTYPE is refused before parsing (OWASP's XXE
// advice: no DTDs, so no entities to expand or to leave as literal names), and every error, warning
// or fatal error of the XML parser becomes a located import issue instead of a line on stderr.
import { DOMParser } from '@xmldom/xmldom';
import type { ValidationIssue } from '../model/errors';

/** The smallest DOM surface the readers use (xmldom's types stay in this module). */
export interface XmlElement {
  readonly localName: string | null;
  readonly nodeName: string;
  readonly lineNumber?: number;
  readonly childNodes: ArrayLike<{ nodeType: number }>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

const ELEMENT_NODE = 1;
const REPLACEMENT_WARNING = /Unicode replacement character detected/;

/** The element children of an element, optionally only those with one local name. */
export function children(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < element.childNodes.length; i++) {
    const child = element.childNodes[i]!;
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as unknown as XmlElement;
    if (name === undefined || (el.localName ?? el.nodeName) === name) out.push(el);
  }
  return out;
}

/** `line 12 col 5` from a parser position. */
function position(at: { lineNumber?: number; columnNumber?: number } | undefined): string {
  const line = at?.lineNumber && at.lineNumber > 0 ? at.lineNumber : 1;
  return at?.columnNumber !== undefined && at.lineNumber
    ? `line ${line} col ${at.columnNumber}`
    : `line ${line}`;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The document element of strictly parsed XML, or every located problem. */
export function parseStrictXml(
  text: string,
  file: string,
): { root: XmlElement; issues: [] } | { root?: undefined; issues: ValidationIssue[] } {
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(text);
  if (doctype)
    return {
      issues: [
        {
          file,
          record: `line ${lineOf(text, doctype.index)}`,
          field: '-',
          message: 'a DOCTYPE or ENTITY declaration is not accepted (no DTDs in an import)',
        },
      ],
    };
  const issues: ValidationIssue[] = [];
  type At = { locator?: { lineNumber?: number; columnNumber?: number } } | undefined;
  let root: XmlElement | null | undefined;
  try {
    const doc = new DOMParser({
      // Warnings too: what a lenient parser lets through is exactly what an import must not guess at.
      onError: (level, message, context: At) => {
        // Except this one: xmldom warns on every U+FFFD because it may stem from a decoder that
        // replaced bad bytes. Ours refuses bad bytes (decode.ts) before any XML is parsed, so a U+FFFD
        // that reaches the parser was in the file as a character, and a name may hold it.
        if (level === 'warning' && REPLACEMENT_WARNING.test(message)) return;
        issues.push({
          file,
          record: position(context?.locator),
          field: '-',
          message: `XML ${level}: ${message}`,
        });
      },
    }).parseFromString(text, 'application/xml');
    root = doc.documentElement as unknown as XmlElement | null;
  } catch (error) {
    // A fatal error was reported to onError first; anything else is reported here.
    if (!issues.length)
      issues.push({
        file,
        record: position((error as { locator?: { lineNumber?: number } }).locator),
        field: '-',
        message: `XML error: ${(error as Error).message}`,
      });
  }
  if (!issues.length && !root)
    issues.push({ file, record: 'line 1', field: '-', message: 'XML error: no root element' });
  if (issues.length || !root) return { issues };
  return { root, issues: [] };
}
