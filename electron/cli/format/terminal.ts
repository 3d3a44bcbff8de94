/** Removes control characters (terminal escapes among them) but keeps line breaks and tabs. */
export function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** One table cell: printable, on one line, cut to `max` characters. */
export function cell(text: string, max = Infinity): string {
  const flat = printable(text).replace(/[\n\t]+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? chars.slice(0, Math.max(0, max - 1)).join('') + '…' : flat;
}

/** Left-aligned columns separated by two spaces; `right` lists columns aligned right. */
export function formatTable(header: string[], rows: string[][], right: ReadonlySet<number> = new Set()): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => [...(row[col] ?? '')].length)));
  const last = header.length - 1;
  return all
    .map((row) =>
      row
        .map((value, col) => {
          const pad = ' '.repeat(widths[col]! - [...value].length);
          if (right.has(col)) return pad + value;
          return col === last ? value : value + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
