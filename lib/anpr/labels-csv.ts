import type { Box } from "./rgb-image";

/** One row of an evaluation labels.csv (anpr-dev format): a crop with text, or a scene box. */
export type LabelRow = { file: string; kind: "crop" | "scene"; text: string | null; box: Box | null };

/** Splits one CSV line, honouring double-quoted fields (the licence column contains commas). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === "," && !quoted) {
      fields.push(field);
      field = "";
    } else {
      field += c;
    }
  }
  fields.push(field);
  return fields;
}

export function parseLabelsCsv(content: string): LabelRow[] {
  const [header, ...lines] = content.split(/\r?\n/).filter((l) => l.trim() !== "");
  const columns = splitCsvLine(header);
  const at = (fields: string[], name: string) => fields[columns.indexOf(name)] ?? "";
  return lines.map((line) => {
    const f = splitCsvLine(line);
    const coords = ["x1", "y1", "x2", "y2"].map((c) => at(f, c));
    const box = coords.every((c) => c !== "") ? (coords.map(Number) as Box) : null;
    return { file: at(f, "file"), kind: at(f, "kind") === "scene" ? "scene" : "crop", text: at(f, "plate_text") || null, box };
  });
}
