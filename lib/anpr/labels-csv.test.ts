import { describe, expect, it } from "vitest";
import { parseLabelsCsv, splitCsvLine } from "./labels-csv";

describe("splitCsvLine", () => {
  it("keeps commas and doubled quotes inside quoted fields", () => {
    expect(splitCsvLine('a,"b, c","say ""hi""",')).toEqual(["a", "b, c", 'say "hi"', ""]);
  });
});

describe("parseLabelsCsv", () => {
  it("reads crops with text and scene boxes with or without text", () => {
    const rows = parseLabelsCsv(
      "file,kind,plate_text,x1,y1,x2,y2,license\n" +
        'crops/a.jpg,crop,26ج817-43,,,,,"none, cite"\n' +
        "scenes/b.jpg,scene,,1,2,3,4,MIT\n",
    );
    expect(rows).toEqual([
      { file: "crops/a.jpg", kind: "crop", text: "26ج817-43", box: null },
      { file: "scenes/b.jpg", kind: "scene", text: null, box: [1, 2, 3, 4] },
    ]);
  });
});
