"use client";

import { useEffect, useRef } from "react";
import { HEARTBEAT_INTERVAL_MS } from "@/lib/gate/gate-health";

export type GateHealth = { cameraOn: boolean; backend: "webgpu" | "wasm" | null; fps: number | null; pendingReads: number };

async function sendHeartbeat(gateId: number, health: GateHealth): Promise<void> {
  const body = {
    camera_on: health.cameraOn,
    backend: health.backend,
    fps: health.fps === null ? null : Math.round(health.fps * 10) / 10,
    pending_reads: health.pendingReads,
  };
  try {
    const response = await fetch(`/api/gates/${gateId}/heartbeat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) console.warn("[gate] heartbeat refused", response.status);
  } catch {
    // Offline: the dashboard shows the gate as silent, which is the truth; the next beat tries again.
  }
}

/**
 * While the tablet is paired with a gate, tells the server about every 30 s that this page is open,
 * with its camera, reader backend, frames per second and queued reads (the latest figures, read when
 * each beat goes out). A beat also goes at once on pairing and when the camera or the reader's backend
 * changes, so the dashboard learns of those within seconds.
 */
export function useGateHeartbeat(gateId: number | null, health: GateHealth): void {
  const latest = useRef(health);
  const { cameraOn, backend } = health;
  useEffect(() => {
    latest.current = health;
  }, [health]);

  useEffect(() => {
    if (gateId === null) return;
    const beat = () => void sendHeartbeat(gateId, latest.current);
    beat();
    const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [gateId, cameraOn, backend]);
}
