import "server-only";
import sharp from "sharp";
import { SNAPSHOT_MAX_BYTES, SNAPSHOT_MAX_SIDE } from "@/lib/gate/gate-read-schema";
import { snapshotNotJpeg, snapshotTooLarge, snapshotTooWide, snapshotUnreadable } from "./snapshot-errors";

const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/**
 * The snapshot's bytes if they are a whole JPEG within the limits. The size and the magic bytes are
 * checked before sharp sees anything; the dimensions come from the header, so an oversized image is
 * refused before it is decoded; decoding it fully (failing on libjpeg's warnings) catches truncated files.
 */
export async function validateSnapshot(base64: string): Promise<Buffer> {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length > SNAPSHOT_MAX_BYTES) throw snapshotTooLarge();
  if (!JPEG_MAGIC.every((byte, i) => bytes[i] === byte)) throw snapshotNotJpeg();
  const image = sharp(bytes, { failOn: "warning" });
  const unreadable = () => {
    throw snapshotUnreadable();
  };
  const meta = await image.metadata().catch(unreadable);
  if (meta.format !== "jpeg") throw snapshotNotJpeg();
  if (!meta.width || !meta.height) throw snapshotUnreadable();
  if (meta.width > SNAPSHOT_MAX_SIDE || meta.height > SNAPSHOT_MAX_SIDE) throw snapshotTooWide();
  await image.raw().toBuffer().catch(unreadable);
  return bytes;
}
