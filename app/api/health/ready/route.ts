import { readiness } from "@/lib/server/health";

// GET /api/health/ready — 200 when the database answers and every shipped migration is applied,
// else 503 with the failing check: a load balancer sends traffic only to ready instances.
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await readiness();
  return Response.json(
    { status: report.ready ? "ready" : "not-ready", checks: report.checks },
    { status: report.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
