import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-prose">
      <h1>Geen toegang</h1>
      <p className="mt-4">Je bent ingelogd, maar je hebt geen toegang tot deze pagina.</p>
      <p className="mt-4"><Link href="/">Naar de homepage</Link></p>
    </div>
  );
}
