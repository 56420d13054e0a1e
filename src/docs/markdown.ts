/** Small Markdown helpers for the generated contract docs. */

/**
 * Text made safe for a table cell: pipes escaped, line breaks folded.
 *
 * @example
 * cell('a | b') // 'a \\| b'
 */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Inline code, safe in a table cell.
 *
 * @example
 * code('"SUPPRESS" | "RESEND"') // '`"SUPPRESS" \\| "RESEND"`'
 */
export function code(text: string): string {
  return `\`${cell(text)}\``;
}

/**
 * A Markdown table; cells are used as given (escape them with {@link cell}).
 *
 * @example
 * table(['Id', 'Severity'], [['`a/b`', 'error']])
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}
