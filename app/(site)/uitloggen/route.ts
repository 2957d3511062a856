import { signOutRequest } from "@/lib/auth/sign-out-request";
import { withDutchErrors } from "@/lib/site/route-errors";

export const POST = withDutchErrors(signOutRequest);
