import { PageSkeleton } from "@/components/page-skeleton";

// Only on pages every signed-in user may open: admin pages render without a loading boundary so
// that forbidden() can still answer with a real 403 status before streaming starts.
export default function Loading() {
  return <PageSkeleton />;
}
