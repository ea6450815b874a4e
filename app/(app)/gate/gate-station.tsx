"use client";

import { useCallback, useRef } from "react";
import { newRequestId } from "@/lib/request-id";
import { useI18n } from "@/components/i18n-provider";
import type { GateDirection } from "@/lib/gate/cooldown";
import type { PairableGate } from "@/lib/gate/gate-schema";
import type { GateSettings } from "@/lib/gate/gate-settings";
import type { GateOutcome, GateRead } from "@/lib/gate/outbox";
import { getMessages } from "@/lib/i18n/messages";
import type { FrameResult } from "./anpr-client";
import { CameraView } from "./camera-view";
import { captureSnapshot } from "./capture-snapshot";
import { DirectionSwitch } from "./direction-switch";
import { drawPlateBoxes } from "./draw-plate-boxes";
import { FullscreenButton } from "./fullscreen-button";
import { GatePicker } from "./gate-picker";
import { cardKey, GateResult } from "./gate-result";
import { unlockTones } from "./gate-tones";
import { LateResults } from "./late-results";
import { PlateConfirmPanel, type PlateSubmission } from "./plate-confirm-panel";
import { ReaderStatus } from "./reader-status";
import { useCamera } from "./use-camera";
import { useFullscreen } from "./use-fullscreen";
import { useGateDecision } from "./use-gate-decision";
import { useGateHeartbeat } from "./use-gate-heartbeat";
import { PendingReads } from "./pending-reads";
import { useGateOutbox } from "./use-gate-outbox";
import { useGateResults } from "./use-gate-results";
import { usePlateReader } from "./use-plate-reader";
import { useStoredChoice } from "./use-stored-choice";
import { useWakeLock } from "./use-wake-lock";

const isDirection = (value: string): value is GateDirection => value === "entry" || value === "exit";
const isGateChoice = (value: string): value is string => /^(none|[1-9]\d{0,9})$/.test(value);

/** The outbox itself failed (storage refused): nothing was sent, so the operator must know. */
function failedOutcome(read: GateRead): GateOutcome {
  const [fa, en] = [getMessages("fa"), getMessages("en")];
  return { status: "refused", read, error: { code: "internal", fa: fa.common.genericError, en: en.common.genericError } };
}

/**
 * On the page the picture keeps a 16:9 box above (portrait, phones) or beside (wide screens) the
 * result; full screen it takes all the height the result and the plate input leave it.
 */
const LAYOUT = {
  page: {
    station: "flex flex-col gap-3 bg-slate-100",
    columns: "grid gap-3 lg:grid-cols-[minmax(0,1fr)_25rem]",
    picture: "aspect-video",
    side: "grid content-start gap-3 sm:grid-cols-2 lg:grid-cols-1",
  },
  fullscreen: {
    station: "flex h-dvh flex-col gap-3 bg-slate-100 p-3",
    columns: "grid min-h-0 flex-1 gap-3 landscape:grid-cols-[minmax(0,1fr)_25rem] portrait:grid-rows-[minmax(0,1fr)_auto]",
    picture: "min-h-0 flex-1",
    side: "grid min-h-0 content-start gap-3 overflow-y-auto portrait:sm:grid-cols-2",
  },
};

/** The gate tablet: camera, plate reader, decision, and the big result of the last car. */
export function GateStation({ settings, gates }: { settings: GateSettings; gates: PairableGate[] }) {
  const { locale, t } = useI18n();
  const stationRef = useRef<HTMLDivElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [storedDirection, setDirection] = useStoredChoice("pelak.gate.direction", isDirection);
  const [storedGate, setGate] = useStoredChoice("pelak.gate.id", isGateChoice);
  // A gate deactivated or deleted since it was chosen is no longer offered: the tablet is unpaired.
  const gate = storedGate === undefined ? undefined : (gates.find((g) => String(g.id) === storedGate) ?? null);
  const fixedDirection = gate && gate.direction !== "both" ? gate.direction : null;
  const direction = fixedDirection ?? storedDirection ?? "entry";
  const { card, late, show, showUnreadable, showLate } = useGateResults();
  const { fullscreen, toggle: toggleFullscreen } = useFullscreen(stationRef);
  const layout = fullscreen ? LAYOUT.fullscreen : LAYOUT.page;
  const camera = useCamera(videoRef);
  const decision = useGateDecision(settings, direction);
  const { decide, markSent } = decision;
  const { submit, pending, lastError } = useGateOutbox(showLate);
  useWakeLock();

  const submitAndShow = useCallback(
    async (read: GateRead) => {
      const outcome = await submit(read).catch((error: unknown) => {
        console.error("[gate] read not stored", error);
        return failedOutcome(read);
      });
      show(outcome);
    },
    [submit, show],
  );

  const send = useCallback(
    async ({ plate, source, confidence }: Omit<PlateSubmission, "source"> & { source: GateRead["source"] }) => {
      markSent(plate);
      const snapshot = captureSnapshot(videoRef.current);
      const read: GateRead = { requestId: newRequestId(), direction, gateId: gate?.id ?? null, plate, source, confidence, snapshot, readAt: Date.now() };
      await submitAndShow(read);
    },
    [direction, gate, markSent, submitAndShow],
  );

  const onFrame = useCallback(
    (frame: FrameResult) => {
      const { autoSubmit, unreadableNotice, plates } = decide(frame.plates);
      if (canvasRef.current) drawPlateBoxes(canvasRef.current, { ...frame, plates }, settings.autoConfidence, locale);
      if (autoSubmit) void send({ ...autoSubmit, source: "auto" });
      else if (unreadableNotice) showUnreadable();
    },
    [decide, send, showUnreadable, settings.autoConfidence, locale],
  );
  const { reader, stats } = usePlateReader(videoRef, camera.status === "live", onFrame);
  useGateHeartbeat(gate?.id ?? null, {
    cameraOn: camera.status === "live",
    backend: reader.phase === "ready" ? reader.backend : null,
    fps: stats?.fps ?? null,
    pendingReads: pending,
  });

  return (
    <div ref={stationRef} onPointerDown={unlockTones} data-testid="gate-station" data-direction={direction} data-gate={gate?.id ?? ""} className={layout.station}>
      <header className="flex flex-wrap items-center gap-3">
        <h1
          data-testid="gate-direction"
          className={`rounded-xl px-4 py-2 text-2xl font-extrabold text-white ${direction === "entry" ? "bg-emerald-600" : "bg-blue-700"} ${storedDirection === undefined ? "invisible" : ""}`}
        >
          {direction === "entry" ? t.gate.entryGate : t.gate.exitGate}
        </h1>
        {gates.length > 0 && <GatePicker gates={gates} gateId={gate === undefined ? undefined : (gate?.id ?? null)} onChange={setGate} />}
        {!fixedDirection && <DirectionSwitch direction={storedDirection === undefined ? null : direction} onChange={setDirection} />}
        <PendingReads pending={pending} lastError={lastError} />
        <span className="ms-auto">
          <FullscreenButton fullscreen={fullscreen} onToggle={toggleFullscreen} />
        </span>
      </header>
      <div className={layout.columns}>
        <section aria-label={t.gate.camera} className="flex min-h-0 flex-col gap-2">
          <div className={layout.picture}>
            <CameraView
              videoRef={videoRef}
              canvasRef={canvasRef}
              status={camera.status}
              devices={camera.devices}
              activeId={camera.activeId}
              onChooseDevice={camera.chooseDevice}
              onRetry={camera.retry}
            />
          </div>
          <ReaderStatus reader={reader} stats={stats} />
        </section>
        <div className={layout.side}>
          <GateResult key={card && cardKey(card)} card={card} onMatch={submitAndShow} />
          <PlateConfirmPanel
            direction={direction}
            suggestion={decision.suggestion}
            unreadable={decision.unreadable}
            typeRequest={card?.status === "unreadable" ? card.id : null}
            onSubmit={(submission) => void send(submission)}
          />
          <LateResults outcomes={late} />
        </div>
      </div>
    </div>
  );
}
