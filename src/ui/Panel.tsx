import { useId, type ReactNode } from 'react';

/** A titled region of the workbench (console, timeline, charts, checks). */
export function Panel({
  title,
  testId,
  actions,
  className = '',
  children,
}: {
  title: string;
  testId: string;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={`panel ${className}`} data-testid={testId} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
