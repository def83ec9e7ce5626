import type { Instrumentation } from "next";

/**
 * Runs once when a server starts: the environment is validated here (lib/server/env.ts parses it
 * on import), so a bad setting stops the start with a clear message instead of failing the first
 * request. Not during `next build`, which renders pages without the server's secrets.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/server/env");
  const { productionEnvProblems } = await import("@/lib/server/env-rules");
  const problems = productionEnvProblems(env);
  if (problems.length) throw new Error(`The server cannot start:\n- ${problems.join("\n- ")}`);
  // Mails and alerts are jobs (lib/server/jobs); unless WORKER=off this server also runs them.
  const { startInProcessWorker } = await import("@/lib/server/jobs/in-process");
  startInProcessWorker();
}

// Server errors Next catches while rendering a page, running an action or a route: one structured
// line with the request id (proxy.ts) and React's digest, the reference app/error.tsx shows.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { errorFields, log, REQUEST_ID_HEADER } = await import("@/lib/server/log");
  const requestId = request.headers[REQUEST_ID_HEADER];
  log("error", "request.unexpected", {
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    method: request.method,
    path: request.path.split("?")[0],
    routeType: context.routeType,
    route: context.routePath,
    ...errorFields(error),
  });
};
