import type { ReactNode } from "react";

export function PageHeader({ title, intro }: { title: string; intro?: ReactNode }) {
  return (
    <div className="mb-8 max-w-prose">
      <h1>{title}</h1>
      {intro && <p className="mt-3 text-lg">{intro}</p>}
    </div>
  );
}
