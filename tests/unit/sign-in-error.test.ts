import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "@/lib/auth/sign-in-error";
import en from "@/messages/en.json";

const lookup = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);

describe("signInErrorMessage", () => {
  it.each([
    [undefined, undefined],
    ["sso-unverified", "sso.errors.unverified"],
    ["sso-privileged", "sso.errors.privileged"],
    ["sso-no-email", "sso.errors.noEmail"],
    ["sso-no-password", "sso.errors.noPassword"],
    ["sso-disabled", "sso.errors.disabled"],
    ["sso-link-expired", "sso.errors.linkExpired"],
    ["sso-failed", "sso.errors.failed"],
    ["sso-provider", "sso.errors.providerDown"],
    ["OAuthSignin", "sso.errors.providerDown"],
    ["OAuthCallback", "sso.errors.cancelled"],
    ["Callback", "sso.errors.cancelled"],
    ["AccessDenied", "auth.ssoFailed"],
    ["<script>alert(1)</script>", "auth.ssoFailed"],
  ])("%s → %s", (code, key) => {
    expect(signInErrorMessage(code)).toBe(key);
    if (key) expect(typeof lookup(key)).toBe("string");
  });
});
