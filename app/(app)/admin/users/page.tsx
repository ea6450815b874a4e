import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/auth/require";
import { listUsers } from "@/lib/server/users/users";
import { CreateUserForm } from "./create-user-form";
import { UsersTable } from "./users-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.users.title };
}

export default async function UsersPage() {
  const actor = await requirePageRole("admin");
  const { t } = await getI18n();
  const users = await listUsers({ actor });
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t.users.title}</h1>
      <CreateUserForm />
      <UsersTable users={users} currentUserId={Number(actor.id)} />
    </div>
  );
}
