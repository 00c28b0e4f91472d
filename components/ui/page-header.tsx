import { cn } from "./cn";

type PageHeaderProps = {
  title: React.ReactNode;
  /** One or two sentences under the title: scope, state, what to do here. */
  description?: React.ReactNode;
  /** Buttons or links on the right (below the title on a phone). */
  actions?: React.ReactNode;
  className?: string;
  children?: React.ReactNode;
};

/** The page's h1, what the page is for, and its main actions. */
export function PageHeader({ title, description, actions, className, children }: PageHeaderProps) {
  return (
    <div className={cn("mb-6 flex flex-wrap items-start justify-between gap-x-6 gap-y-3", className)}>
      <div className="min-w-0 flex-1 basis-72">
        <h1 className="text-2xl font-semibold leading-9 text-slate-900">{title}</h1>
        {description && <div className="mt-1 text-sm leading-6 text-slate-700">{description}</div>}
        {children}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}
