import { Body, Button, Container, Head, Heading, Hr, Html, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";

const text = { fontSize: "16px", lineHeight: "24px", color: "#1a1a1a" };

/** The frame every e-mail of the network shares: heading, content, signature. */
export function EmailLayout({ preview, heading, children }: { preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang="nl">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#ffffff", fontFamily: "Segoe UI, Roboto, Helvetica, Arial, sans-serif" }}>
        <Container style={{ maxWidth: "560px", padding: "24px" }}>
          <Heading as="h1" style={{ fontSize: "22px", color: "#0b3a53" }}>
            {heading}
          </Heading>
          {children}
          <Hr />
          <Text style={{ ...text, fontSize: "14px", color: "#4a4a4a" }}>Wmo transformatienetwerk</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function EmailText({ children }: { children: ReactNode }) {
  return <Text style={text}>{children}</Text>;
}

export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Button href={href} style={{ backgroundColor: "#0f5574", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: 600 }}>
      {children}
    </Button>
  );
}

/** The link again as text, for mail programs that hide buttons. */
export function EmailLinkText({ href }: { href: string }) {
  return <Text style={{ ...text, fontSize: "14px", wordBreak: "break-all" }}>Werkt de knop niet? Open dan deze link: {href}</Text>;
}
