import { describe, expect, it } from "vitest";
import { continuity, TRACK_LOST_AFTER_FRAMES, updateTracks, type PlateTrack } from "./plate-tracks";
import { boxAt, distributionsFor } from "./reading-fixtures";
import type { Box } from "@/lib/anpr/rgb-image";

const read = (box: Box, plate = "12ب345-67") => ({ box, text: plate, distributions: distributionsFor(plate, 0.9) });

describe("continuity", () => {
  it("continues a plate that moved less than its width and grew less than twofold", () => {
    expect(continuity(boxAt(0), boxAt(30))).toBeGreaterThan(0);
    expect(continuity(boxAt(0), [90, 290, 230, 330])).toBeGreaterThan(0);
  });

  it("refuses a plate across the frame or of a very different size", () => {
    expect(continuity(boxAt(0), boxAt(150))).toBe(0);
    expect(continuity(boxAt(0), [100, 300, 350, 360])).toBe(0);
  });

  it("scores the nearer of two detections higher", () => {
    expect(continuity(boxAt(0), boxAt(10))).toBeGreaterThan(continuity(boxAt(0), boxAt(40)));
  });
});

describe("updateTracks", () => {
  it("follows a moving plate as one track and adds every frame to its evidence", () => {
    let tracks: PlateTrack[] = [];
    let nextId = 1;
    for (let i = 0; i < 5; i++) ({ tracks, nextId } = updateTracks(tracks, [read(boxAt(i * 20))], nextId));
    expect(tracks).toHaveLength(1);
    expect(tracks[0].evidence.frames).toBe(5);
    expect(tracks[0].box).toEqual(boxAt(80));
  });

  it("keeps two cars apart, each with its own evidence", () => {
    let { tracks, nextId } = updateTracks([], [read(boxAt(0)), read(boxAt(400), "34د567-89")], 1);
    ({ tracks, nextId } = updateTracks(tracks, [read(boxAt(410), "34د567-89"), read(boxAt(10))], nextId));
    expect(tracks.map((t) => t.id).sort()).toEqual([1, 2]);
    expect(tracks.every((t) => t.evidence.frames === 2)).toBe(true);
    expect(nextId).toBe(3);
  });

  it("survives a few frames the detector misses, then drops the track", () => {
    let { tracks, nextId } = updateTracks([], [read(boxAt(0))], 1);
    for (let i = 1; i < TRACK_LOST_AFTER_FRAMES; i++) ({ tracks, nextId } = updateTracks(tracks, [], nextId));
    expect(tracks).toHaveLength(1);
    ({ tracks } = updateTracks(tracks, [read(boxAt(5))], nextId));
    expect(tracks[0].id).toBe(1);
    for (let i = 0; i < TRACK_LOST_AFTER_FRAMES; i++) ({ tracks, nextId } = updateTracks(tracks, [], nextId));
    expect(tracks).toHaveLength(0);
  });

  it("starts a new track for a plate that appears far from the last one", () => {
    const first = updateTracks([], [read(boxAt(0))], 1);
    const { seen } = updateTracks(first.tracks, [read(boxAt(300))], first.nextId);
    expect(seen[0].id).toBe(2);
    expect(seen[0].evidence.frames).toBe(1);
  });
});
