/**
 * Markdown for step summaries. Cells are escaped so user text (versions,
 * reasons, command output) cannot break the table or inject markup.
 */

/** Escapes a table cell: pipes, newlines, HTML. */
export function escapeCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured markdown table. Cells marked raw (`{ md: '...' }`) are not escaped (links we build). */
export function markdownTable(headers: string[], rows: Array<Array<string | number | { md: string }>>): string {
  const cell = (c: string | number | { md: string }): string => (typeof c === 'object' ? c.md : escapeCell(String(c)));
  const head = `| ${headers.map(escapeCell).join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** A markdown link whose text is escaped and whose URL must be http(s). */
export function markdownLink(text: string, url: string): { md: string } {
  if (!/^https?:\/\//.test(url)) return { md: escapeCell(text) };
  return { md: `[${escapeCell(text).replace(/[[\]]/g, '\\$&')}](${url.replace(/[()\s]/g, encodeURIComponent)})` };
}
