import { AnswerLinkInvalid } from "@/components/rsvp/answer-link-invalid";

export default function AnswerLinkNotFound() {
  return <AnswerLinkInvalid />;
}
