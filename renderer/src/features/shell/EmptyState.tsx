interface EmptyStateProps {
  readonly title: string;
  readonly message: string;
}

export function EmptyState({ title, message }: EmptyStateProps) {
  return (
    <section className="view" aria-labelledby="view-title">
      <h1 id="view-title">{title}</h1>
      <p className="empty-state">{message}</p>
    </section>
  );
}
