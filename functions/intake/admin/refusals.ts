/**
 * What the admin API's authentication (auth.ts, requireAdminApi) answers before any admin route runs, in
 * every admin route's documentation: no credential or a wrong one, and the lockout after ten refused
 * credentials a minute from one client.
 */
import { PROBLEM_CONTENT as problems } from "../../http/problem";

export const ADMIN_AUTH_REFUSALS = {
  401: { description: "Not an admin (no credential, or a wrong one)", content: problems },
  429: { description: "Too many refused credentials from this client: locked out for the rest of the minute (Retry-After)", content: problems },
} as const;
