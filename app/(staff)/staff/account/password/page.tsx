import type { Metadata } from "next";
import { PASSWORD_CHANGE_PATH, requireUser } from "@/lib/server/auth/current-user";
import { Card } from "@/components/ui/card";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "修改密码" };

export default async function ChangePasswordPage() {
  const user = await requireUser(PASSWORD_CHANGE_PATH);
  return (
    <Card className="mx-auto max-w-md">
      <h1 className="mb-1 text-xl font-semibold">修改密码</h1>
      <p className="mb-6 text-sm text-slate-700">
        {user.mustChangePassword
          ? "您正在使用主管部门设置的初始密码。请先设置您自己的密码，然后才能继续使用系统。"
          : "修改后，您在其他设备上的登录将被退出。"}
      </p>
      <PasswordForm />
    </Card>
  );
}
