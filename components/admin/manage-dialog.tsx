"use client";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

/** A row's 管理 button and the dialog of its actions (rename, reset a password …), out of the table's way. */
export function ManageDialog({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          管理
        </Button>
      </DialogTrigger>
      <DialogContent title={title} className="max-w-md">
        <div className="space-y-5 [&>form+form]:border-t [&>form+form]:border-slate-200 [&>form+form]:pt-4">
          {children}
        </div>
      </DialogContent>
    </Dialog>
  );
}
