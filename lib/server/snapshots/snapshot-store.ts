import "server-only";
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "../env";

/** Names the server made itself: nothing else is ever read, so no path can escape the folder. */
const NAME = /^[0-9a-f]{32}\.jpg$/;

function isSnapshotName(name: string): boolean {
  return NAME.test(name);
}

/** PELAK_SNAPSHOT_DIR, else <PELAK_DATA_DIR or data>/snapshots, relative to the working directory. */
function snapshotDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().snapshotDir);
}

/** Writes a validated JPEG under a new random name and returns the name. */
export async function saveSnapshot(bytes: Buffer): Promise<string> {
  const dir = snapshotDir();
  await fs.mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString("hex")}.jpg`;
  await fs.writeFile(path.join(dir, name), bytes, { flag: "wx", mode: 0o640 });
  return name;
}

/** The file's bytes, or null for a malformed or unknown name. */
export async function readSnapshot(name: string): Promise<Buffer | null> {
  if (!isSnapshotName(name)) return null;
  try {
    return await fs.readFile(path.join(snapshotDir(), name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function deleteSnapshot(name: string): Promise<void> {
  if (!isSnapshotName(name)) return;
  await fs.rm(path.join(snapshotDir(), name), { force: true });
}

export type SnapshotFile = { name: string; modifiedAt: Date };

/** The server's own files in the folder (nothing else is touched), none when it does not exist yet. */
export async function listSnapshots(): Promise<SnapshotFile[]> {
  const dir = snapshotDir();
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter(isSnapshotName);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: SnapshotFile[] = [];
  for (const name of names) {
    try {
      files.push({ name, modifiedAt: (await fs.stat(path.join(dir, name))).mtime });
    } catch (error) {
      // Removed between readdir and stat (by a refused gate read, say): nothing to list.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return files;
}

export type SnapshotFolderState = { writable: boolean; freeBytes: number | null };

/**
 * Whether the next photo could be saved, and the space left for it (GET /api/health). The folder
 * is made as saveSnapshot would make it. access() asks the kernel with this process's own rights,
 * so it agrees with what a write would do: root passes a read-only mode, a read-only mount fails.
 */
export async function checkSnapshotFolder(): Promise<SnapshotFolderState> {
  const dir = snapshotDir();
  let writable = true;
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, constants.W_OK | constants.X_OK);
  } catch {
    writable = false;
  }
  try {
    const stats = await fs.statfs(dir);
    return { writable, freeBytes: stats.bavail * stats.bsize };
  } catch {
    return { writable, freeBytes: null };
  }
}
