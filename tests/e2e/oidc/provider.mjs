// A real OpenID Provider (oidc-provider, certified) for the SSO e2e spec, on a loopback port.
// Its development login page takes any password; the login name picks a fixture account (and is its `sub`), whose
// claims the tests choose. As a conformant provider it puts only `sub` in the ID token of the
// code flow (conformIdTokenClaims): e-mail, name and home organisation come from userinfo.
// GET /__e2e/outage?ms=N closes the port for N ms ("provider down").
import http from "node:http";
import Provider from "oidc-provider";

const appPort = Number(process.env.E2E_PORT ?? 3100);
const port = Number(process.env.E2E_OIDC_PORT ?? appPort + 90);
const app = `http://127.0.0.1:${appPort}`;

export const ACCOUNTS = {
  // New, verified; home organisation mapped to Ghent University by the admin in the spec.
  newcomer: { email: "sam.newcomer@ugent.be", email_verified: true, name: "Sam Newcomer", schac_home_organization: "ugent.be" },
  // Used to decline consent.
  decliner: { email: "dee.cliner@ugent.be", email_verified: true, name: "Dee Cliner" },
  // The demo student's address, verified: linked after the password confirmation.
  "demo-student": { email: "student@demo.dot-portal.eu", email_verified: true, name: "Demo Student" },
  // The demo student's address, NOT verified by the provider.
  "unverified-student": { email: "student@demo.dot-portal.eu", email_verified: false, name: "Not Verified" },
  // The Ghent officer's address, verified: an officer is never linked by e-mail.
  "ghent-officer": { email: "office@demo.dot-portal.eu", email_verified: true, name: "Ghent Officer" },
  // The administrator's address in other case.
  "admin-case": { email: "Admin@Demo.Dot-Portal.eu", email_verified: true, name: "Not The Admin" },
  // No e-mail at all.
  "no-email": { name: "Nameless" },
};

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: "dot-portal-e2e",
      client_secret: "e2e-oidc-client-secret",
      redirect_uris: [`${app}/api/auth/callback/oidc`],
      post_logout_redirect_uris: [`${app}/`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "schac_home_organization"] },
  async findAccount(_ctx, id) {
    const claims = ACCOUNTS[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
  cookies: { keys: ["e2e-only-cookie-key"] },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
});

let server;
const listen = () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    if (url.pathname === "/__e2e/outage") {
      const ms = Math.min(Number(url.searchParams.get("ms") ?? 5000), 60_000);
      res.end("down");
      server.close();
      server.closeAllConnections();
      setTimeout(listen, ms);
      return;
    }
    provider.callback()(req, res);
  });
  server.listen(port, "127.0.0.1");
};
listen();
console.log(`oidc-provider e2e issuer on http://127.0.0.1:${port}`);
