// /versnellingstraject for a signed-in person (proxy.ts): the same page, with their own header.
export { default, metadata } from "@/app/(cached)/versnellingstraject/page";
