"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { addSample, summariseFrames, type FrameSample, type FrameStats } from "@/lib/gate/frame-stats";
import { createAnprClient, type AnprBackend, type FrameResult } from "./anpr-client";

export type ReaderState =
  | { phase: "loading"; progress: number }
  | { phase: "ready"; backend: AnprBackend; threads: number; loadMs: number }
  | { phase: "failed" };

/** Diagnostics are re-rendered at most this often; the boxes are drawn every frame without React. */
const STATS_EVERY_MS = 500;

/**
 * Loads the plate reader (a Web Worker) and, while `running`, hands it the newest video frame each
 * time it is idle: frames that arrive while it is busy are skipped, never queued, so the reading
 * never falls behind the picture and the main thread only grabs a bitmap.
 */
export function usePlateReader(videoRef: RefObject<HTMLVideoElement | null>, running: boolean, onFrame: (result: FrameResult) => void) {
  const [reader, setReader] = useState<ReaderState>({ phase: "loading", progress: 0 });
  const [stats, setStats] = useState<FrameStats | null>(null);
  const client = useRef<ReturnType<typeof createAnprClient> | null>(null);
  const frameHandler = useRef(onFrame);

  useEffect(() => {
    frameHandler.current = onFrame;
  }, [onFrame]);

  useEffect(() => {
    const anpr = createAnprClient();
    let disposed = false;
    client.current = anpr;
    anpr
      .load((progress) => !disposed && setReader({ phase: "loading", progress }))
      .then((loaded) => !disposed && setReader({ phase: "ready", ...loaded }))
      .catch((error: unknown) => {
        if (disposed) return;
        console.error("[gate] plate reader did not load", error);
        setReader({ phase: "failed" });
      });
    return () => {
      disposed = true;
      anpr.dispose();
      client.current = null;
    };
  }, []);

  const ready = reader.phase === "ready";
  useEffect(() => {
    const video = videoRef.current;
    const anpr = client.current;
    if (!ready || !running || !video || !anpr) return;
    let stopped = false;
    let busy = false;
    // A new video frame was shown while the worker was busy: read it as soon as the worker is free
    // instead of waiting up to a frame interval for the next one.
    let missed = false;
    let samples: FrameSample[] = [];
    let statsShownAt = 0;

    async function readFrame(source: HTMLVideoElement, anprClient: NonNullable<typeof anpr>) {
      busy = true;
      try {
        const result = await anprClient.recognise(await createImageBitmap(source));
        if (stopped) return;
        frameHandler.current(result);
        const now = performance.now();
        samples = addSample(samples, { doneAt: now, inferenceMs: result.inferenceMs });
        if (now - statsShownAt > STATS_EVERY_MS) {
          statsShownAt = now;
          setStats(summariseFrames(samples));
        }
      } catch (error) {
        console.warn("[gate] frame skipped", error);
      } finally {
        busy = false;
        if (missed && !stopped) {
          missed = false;
          void readFrame(source, anprClient);
        }
      }
    }

    const schedule = () =>
      "requestVideoFrameCallback" in video ? video.requestVideoFrameCallback(onVideoFrame) : requestAnimationFrame(onVideoFrame);
    function onVideoFrame() {
      if (stopped || !video || !anpr) return;
      schedule();
      if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return;
      if (busy) missed = true;
      else void readFrame(video, anpr);
    }
    schedule();
    return () => {
      stopped = true;
    };
  }, [ready, running, videoRef]);

  return { reader, stats };
}
