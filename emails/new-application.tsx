import { EmailLayout, EmailText } from "./email-layout";

type Props = { name?: string; email?: string; organisation?: string; participation?: string };

export function NewApplicationEmail({
  name = "Anna de Vries",
  email = "anna@gemeente.example",
  organisation = "Gemeente Tilburg",
  participation = "dit jaar",
}: Props) {
  return (
    <EmailLayout preview={`Nieuwe aanmelding: ${name}`} heading="Nieuwe aanmelding">
      <EmailText>
        {name} ({email}, {organisation}) heeft zich aangemeld en doet mee: {participation}.
      </EmailText>
      <EmailText>De aanmelding wacht op je goedkeuring.</EmailText>
    </EmailLayout>
  );
}
