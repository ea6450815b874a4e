import type { MetadataRoute } from "next";

/** Installs the gate as a full-screen app on the tablet's home screen, opening straight on /gate. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/gate",
    name: "پلاک — ایستگاه ورودی و خروجی",
    short_name: "پلاک",
    description: "Pelak gate station: reads plates with the tablet's camera and records entries and exits.",
    lang: "fa",
    dir: "rtl",
    start_url: "/gate",
    scope: "/",
    display: "fullscreen",
    display_override: ["fullscreen", "standalone"],
    orientation: "any",
    background_color: "#0b3d91",
    theme_color: "#0b3d91",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
