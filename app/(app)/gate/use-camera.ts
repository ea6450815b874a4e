"use client";

import { useEffect, useState, type RefObject } from "react";
import { useStoredChoice } from "./use-stored-choice";

export type CameraStatus = "starting" | "live" | "denied" | "missing" | "insecure" | "failed";

const isDeviceId = (value: string): value is string => value.length > 0;

/** The rear camera unless one was picked on this device; 720p is plenty for the detector's 416 px input. */
function constraints(deviceId: string | null): MediaStreamConstraints {
  const size = { width: { ideal: 1280 }, height: { ideal: 720 } };
  const video = deviceId ? { deviceId: { exact: deviceId }, ...size } : { facingMode: { ideal: "environment" }, ...size };
  return { video, audio: false };
}

function statusForError(error: unknown): CameraStatus {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "missing";
  return "failed";
}

async function openStream(deviceId: string | null): Promise<MediaStream> {
  try {
    return await navigator.mediaDevices.getUserMedia(constraints(deviceId));
  } catch (error) {
    // The remembered camera was unplugged: fall back to the default one.
    if (deviceId && statusForError(error) === "missing") return navigator.mediaDevices.getUserMedia(constraints(null));
    throw error;
  }
}

/** Streams the chosen camera into the video element; the choice is remembered per device. */
export function useCamera(videoRef: RefObject<HTMLVideoElement | null>) {
  const [chosenId, chooseDevice] = useStoredChoice("pelak.gate.camera", isDeviceId);
  const [status, setStatus] = useState<CameraStatus>("starting");
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (chosenId === undefined) return; // not hydrated yet: the stored choice is unknown
    let stream: MediaStream | null = null;
    let cancelled = false;

    async function start() {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException("no mediaDevices", "InsecureContextError");
      const opened = await openStream(chosenId ?? null);
      if (cancelled) {
        opened.getTracks().forEach((track) => track.stop());
        return;
      }
      stream = opened;
      const video = videoRef.current;
      if (video) {
        video.srcObject = opened;
        await video.play().catch(() => undefined); // autoplay of a muted video is allowed; a refusal only delays the picture
      }
      const all = await navigator.mediaDevices.enumerateDevices();
      if (cancelled) return;
      setDevices(all.filter((device) => device.kind === "videoinput"));
      setActiveId(opened.getVideoTracks()[0]?.getSettings().deviceId ?? null);
      setStatus("live");
    }

    start().catch((error: unknown) => {
      if (cancelled) return;
      const insecure = error instanceof DOMException && error.name === "InsecureContextError";
      setStatus(insecure ? "insecure" : statusForError(error));
    });
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((track) => track.stop());
      setStatus("starting");
    };
  }, [chosenId, attempt, videoRef]);

  return { status, devices, activeId, chooseDevice, retry: () => setAttempt((n) => n + 1) };
}
