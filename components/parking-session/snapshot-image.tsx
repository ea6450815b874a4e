import Image from "next/image";
import { snapshotUrl } from "@/lib/parking/snapshot-url";

const THUMB_SIZES = { sm: { width: 64, height: 36, className: "h-9 w-16" }, lg: { width: 160, height: 90, className: "h-[90px] w-40" } } as const;

// unoptimized: Next's image optimizer would fetch the file without the user's cookie and get a 401.
export function SnapshotThumb({ name, alt, size = "sm" }: { name: string; alt: string; size?: keyof typeof THUMB_SIZES }) {
  const { width, height, className } = THUMB_SIZES[size];
  return (
    <Image
      src={snapshotUrl(name)}
      alt={alt}
      width={width}
      height={height}
      unoptimized
      loading="lazy"
      className={`${className} shrink-0 rounded bg-slate-100 object-cover ring-1 ring-slate-200`}
    />
  );
}

export function SnapshotFigure({ name, caption, missing }: { name: string | null; caption: string; missing: string }) {
  return (
    <figure className="flex flex-col gap-1.5">
      {name ? (
        <a href={snapshotUrl(name)} target="_blank" rel="noreferrer" className="block overflow-hidden rounded-lg bg-slate-100 ring-1 ring-slate-200">
          <Image src={snapshotUrl(name)} alt={caption} width={640} height={360} unoptimized className="aspect-video w-full object-contain" />
        </a>
      ) : (
        <div className="grid aspect-video place-items-center rounded-lg bg-slate-50 text-sm text-slate-500 ring-1 ring-slate-200">{missing}</div>
      )}
      <figcaption className="text-sm text-slate-600">{caption}</figcaption>
    </figure>
  );
}
