/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF rows; a
 * UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped. Blank lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.replace(/^\ufeff/, "");
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    field = "";
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      endRow();
    } else field += c;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/**
 * A spreadsheet runs a text cell starting with = + - @ (or a tab/CR that hides one) as a formula;
 * a leading apostrophe keeps it text (as lib/parking/stay-export.ts does).
 */
const safeText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function csvCell(value: string | number): string {
  const text = typeof value === "number" ? String(value) : safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a byte-order mark, so Excel reads the Persian as UTF-8. */
export function toCsv(header: readonly string[], rows: Array<Array<string | number>>): string {
  return "\ufeff" + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** An imported cell: the apostrophe an export put before a formula-like text is taken off again. */
export const importedCell = (value: string | undefined) => (value ?? "").trim().replace(/^'(?=[=+\-@])/, "");
