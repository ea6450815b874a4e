import { SNAPSHOT_MAX_BASE64 } from "@/lib/gate/gate-read-schema";

const SNAPSHOT_MAX_WIDTH = 640;
/** Tried in turn until the JPEG fits the server's limit: a busy scene compresses worse. */
const SNAPSHOT_QUALITIES = [0.7, 0.5, 0.3];

/**
 * The current video frame as a downscaled JPEG, base64 without the data: prefix (what the gate
 * action stores with the entry or exit); null when there is no picture, or none small enough — the
 * read is then sent without one rather than refused. Only this one frame leaves the tablet, never the video.
 */
export function captureSnapshot(video: HTMLVideoElement | null): string | null {
  if (!video || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
  const scale = Math.min(1, SNAPSHOT_MAX_WIDTH / video.videoWidth);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  for (const quality of SNAPSHOT_QUALITIES) {
    const url = canvas.toDataURL("image/jpeg", quality);
    const base64 = url.slice(url.indexOf(",") + 1);
    if (!url.startsWith("data:image/jpeg") || !base64) return null;
    if (base64.length <= SNAPSHOT_MAX_BASE64) return base64;
  }
  return null;
}
