"use client";

import { startTransition } from "react";

type NotificationLinkProps = Omit<React.ComponentProps<"a">, "href" | "onClick"> & {
  id: string;
  href: string;
  openNotificationAction: (data: FormData) => Promise<void>;
};

/**
 * A notification is a link to the place it is about. A plain click marks it read on the way
 * (the action redirects to the same place); a new tab, or no JavaScript, simply follows the link.
 */
export function NotificationLink({ id, href, openNotificationAction, ...props }: NotificationLinkProps) {
  return (
    <a
      href={href}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        const data = new FormData();
        data.set("id", id);
        startTransition(() => openNotificationAction(data));
      }}
      {...props}
    />
  );
}
