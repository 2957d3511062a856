// / for a signed-in person (proxy.ts): the same page, with their own header.
export { default } from "@/app/(cached)/page";
