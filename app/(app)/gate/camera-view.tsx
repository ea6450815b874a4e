"use client";

import type { RefObject } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import type { CameraStatus } from "./use-camera";

type CameraViewProps = {
  videoRef: RefObject<HTMLVideoElement | null>;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  status: CameraStatus;
  devices: MediaDeviceInfo[];
  activeId: string | null;
  onChooseDevice: (deviceId: string) => void;
  onRetry: () => void;
};

const PROBLEMS = { denied: "cameraDenied", missing: "cameraMissing", insecure: "cameraInsecure", failed: "cameraFailed" } as const;

/** The live picture, letterboxed (object-contain) so the boxes drawn over it line up with the whole frame. */
export function CameraView({ videoRef, canvasRef, status, devices, activeId, onChooseDevice, onRetry }: CameraViewProps) {
  const { t } = useI18n();
  const problem = status in PROBLEMS ? PROBLEMS[status as keyof typeof PROBLEMS] : null;
  return (
    <div className="relative flex h-full min-h-56 flex-col overflow-hidden rounded-xl bg-slate-950">
      <video ref={videoRef} muted playsInline autoPlay className="absolute inset-0 h-full w-full object-contain" data-testid="gate-video" />
      <canvas ref={canvasRef} aria-hidden className="pointer-events-none absolute inset-0 h-full w-full" />
      {status === "starting" && <p className="m-auto p-4 text-slate-300">{t.gate.cameraStarting}</p>}
      {problem && (
        <div role="alert" data-testid="gate-camera-problem" className="relative m-auto flex max-w-md flex-col items-center gap-3 p-6 text-center text-white">
          <p>{t.gate[problem]}</p>
          {status !== "insecure" && (
            <Button variant="secondary" onClick={onRetry}>
              {t.common.retry}
            </Button>
          )}
        </div>
      )}
      {devices.length > 1 && (
        <label className="absolute start-2 top-2 flex items-center gap-2 rounded-lg bg-black/60 px-2 py-1 text-sm text-white">
          <span>{t.gate.camera}</span>
          <select
            value={activeId ?? ""}
            onChange={(event) => onChooseDevice(event.target.value)}
            className="max-w-48 rounded bg-transparent py-1 text-white [&>option]:text-slate-900"
          >
            {devices.map((device, index) => (
              <option key={device.deviceId} value={device.deviceId}>
                {device.label || `${t.gate.camera} ${index + 1}`}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
