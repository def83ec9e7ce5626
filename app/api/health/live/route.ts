// GET /api/health/live — the process answers (no database call): a load balancer or systemd
// restarts an instance that stops answering this.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
