// Who takes part in the thread of an application, and what the host may see of the applicant.
// Pure rules: the service (lib/server/services/application-messages.ts) has already limited the
// application to the user's own scope (their application, their organisation's offer, their
// institution's participant); these decide what that user may do there.

export type ThreadSide = "HOST" | "APPLICANT";
export type ThreadAccess = { readonly side: ThreadSide; readonly canWrite: true } | { readonly side: null; readonly canWrite: false };

/** The offer's host and the applicant write; the applicant's international office reads; nobody else takes part. */
export function threadAccess(role: string): ThreadAccess | null {
  switch (role) {
    case "COMPANY":
      return { side: "HOST", canWrite: true };
    case "STUDENT":
      return { side: "APPLICANT", canWrite: true };
    case "OFFICE":
      return { side: null, canWrite: false };
    default:
      return null;
  }
}

/** A withdrawn or rejected application's thread stays readable, but nobody adds to it. */
export function isThreadOpen(applicationStatus: string): boolean {
  return applicationStatus === "SUBMITTED" || applicationStatus === "SHORTLISTED" || applicationStatus === "ACCEPTED";
}

/**
 * The host sees the applicant's e-mail address only once it has shortlisted (or accepted) them:
 * until then the portal's messages are the only way to reach an applicant.
 */
export function hostSeesApplicantEmail(applicationStatus: string): boolean {
  return applicationStatus === "SHORTLISTED" || applicationStatus === "ACCEPTED";
}
