// /nieuws/[slug] for a signed-in person (proxy.ts): the same page, with their own header.
export { default, generateMetadata } from "@/app/(cached)/nieuws/[slug]/page";
