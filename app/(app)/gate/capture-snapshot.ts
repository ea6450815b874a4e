const SNAPSHOT_MAX_WIDTH = 640;
const SNAPSHOT_QUALITY = 0.7;

/**
 * The current video frame as a downscaled JPEG, base64 without the data: prefix (what the gate
 * action stores with the entry or exit); null when there is no picture. Only this one frame leaves
 * the tablet, never the video.
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
  const url = canvas.toDataURL("image/jpeg", SNAPSHOT_QUALITY);
  const base64 = url.slice(url.indexOf(",") + 1);
  return url.startsWith("data:image/jpeg") && base64 ? base64 : null;
}
