/** Disabled while the form is being sent, so a double click sends once. */
export function SubmitButton({ children, pending, variant = "primary" }: { children: string; pending: boolean; variant?: "primary" | "danger" }) {
  const colours = variant === "danger" ? "bg-red-800 hover:bg-red-900 text-white rounded px-5 py-3 font-semibold" : "button";
  return (
    <button type="submit" disabled={pending} className={`${colours} cursor-pointer disabled:opacity-70`}>
      {pending ? "Bezig…" : children}
    </button>
  );
}
