import type { Instrumentation } from "next";

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
