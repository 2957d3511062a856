const variants = {
  primary: "button",
  secondary: "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-100",
  danger: "rounded bg-red-800 px-5 py-3 font-semibold text-white hover:bg-red-900",
} as const;

type Props = { children: string; pending: boolean; variant?: keyof typeof variants; ariaLabel?: string; name?: string; value?: string };

/** Disabled while the form is being sent, so a double click sends once. */
export function SubmitButton({ children, pending, variant = "primary", ariaLabel, name, value }: Props) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-label={ariaLabel}
      className={`${variants[variant]} cursor-pointer disabled:opacity-70`}
    >
      {pending ? "Bezig…" : children}
    </button>
  );
}
