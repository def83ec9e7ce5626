// Request body limits shared by next.config.ts (server actions), proxy.ts and the forms.

/** Largest server-action body (a CV of 5 MiB with the rest of its form fits well inside). */
export const ACTION_BODY_LIMIT = "10mb";
export const ACTION_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

/** Query flag proxy.ts adds when it sends an oversized form post back to its page (no JavaScript). */
export const TOO_LARGE_FLAG = "tooLarge";
