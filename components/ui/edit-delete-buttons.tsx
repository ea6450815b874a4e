import { Button } from "@/components/ui/button";

/** A list row's edit and delete buttons (passes, watch list); delete asks for confirmation in the caller. */
export function EditDeleteButtons(props: { editLabel: string; deleteLabel: string; pending: boolean; onEdit: () => void; onDelete: () => void }) {
  return (
    <div className="flex gap-2">
      <Button size="sm" variant="secondary" onClick={props.onEdit}>
        {props.editLabel}
      </Button>
      <Button size="sm" variant="danger" disabled={props.pending} onClick={props.onDelete}>
        {props.deleteLabel}
      </Button>
    </div>
  );
}
