# syntax=docker/dockerfile:1
# The DOT Portal as one image for the web server and the job worker (docs/deploy.md, "Docker").
#   docker build -t dot-portal .                              # PostgreSQL client (the default)
#   docker build -t dot-portal --build-arg DB_PROVIDER=sqlite .
# Not built on the development machine (it has no Docker daemon): read, and its build steps run
# outside Docker (docs/deploy.md, "What was checked").
#
# Why the build stage runs a throwaway database: `next build` prerenders the home page and
# /{locale}/stats, which read counts from the database (app/[locale]/page.tsx, revalidate = 60),
# so the build needs a migrated database of the provider the Prisma client is generated for
# (DB_PROVIDER decides the client at build time: scripts/prisma.mjs generate). The build renders
# them from an empty database; a running instance renders them again on the first request.

ARG NODE_IMAGE=node:20-bookworm-slim
ARG DB_PROVIDER=postgresql

# ---- build: dependencies (native better-sqlite3), Prisma client, next build --------------------
FROM ${NODE_IMAGE} AS build
ARG DB_PROVIDER
ARG BUILD_SKIP_TYPECHECK=0
# Optional: the same key for every build of the same code keeps server-action ids stable across
# images (deploy/env.example). It ends up in the build output either way.
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
ENV DB_PROVIDER=${DB_PROVIDER} NEXT_TELEMETRY_DISABLED=1 BUILD_SKIP_TYPECHECK=${BUILD_SKIP_TYPECHECK}
# python3, make, g++: node-gyp, when better-sqlite3 has no prebuilt binary for this Node.
# postgresql (Debian's 15, contrib included for unaccent): the throwaway build database.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && if [ "$DB_PROVIDER" = "postgresql" ]; then apt-get install -y --no-install-recommends postgresql-15; fi \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# What `npm ci`'s postinstall (node scripts/prisma.mjs generate) reads, so the dependency layer
# stays cached until the lock file or the schema changes.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma.mjs scripts/lib.mjs ./scripts/
COPY lib/server/db/adapters.ts ./lib/server/db/adapters.ts
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN <<'EOF'
set -eu
if [ "$DB_PROVIDER" = "postgresql" ]; then
  PG=/usr/lib/postgresql/15/bin
  mkdir -p /tmp/pg && chown postgres /tmp/pg
  su postgres -c "$PG/initdb -D /tmp/pg -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null"
  su postgres -c "$PG/pg_ctl -D /tmp/pg -w -o '-c listen_addresses=127.0.0.1 -k /tmp' start >/dev/null"
  export DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres
else
  export DATABASE_URL=file:/tmp/build.db
fi
node scripts/prisma.mjs migrate deploy
node node_modules/next/dist/bin/next build
if [ "$DB_PROVIDER" = "postgresql" ]; then su postgres -c "$PG/pg_ctl -D /tmp/pg -w stop >/dev/null"; rm -rf /tmp/pg; fi
rm -f /tmp/build.db
# The build's own cache is not needed to serve; dev dependencies (types, test tools) neither.
rm -rf .next/cache
npm prune --omit=dev --no-audit --no-fund
# Kept apart so the runtime stage can hand .next (and only .next) to the app user: Next writes
# regenerated pages there (the cached public pages, revalidate = 60).
mv .next /next-build
EOF

# ---- runtime ---------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG DB_PROVIDER
# tini: PID 1 that forwards SIGTERM to node (docker stop), reaps children (npm run worker).
# postgresql-client-15: pg_dump / pg_restore for `npm run backup` / `npm run restore`; 15 matches
# the postgres:15 service in compose.yaml (pg_dump refuses a newer server).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && if [ "$DB_PROVIDER" = "postgresql" ]; then apt-get install -y --no-install-recommends postgresql-client-15; fi \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --create-home --home-dir /home/dot-portal --shell /usr/sbin/nologin dot-portal \
 && mkdir -p /data/storage /data/outbox /data/backups \
 && chown -R dot-portal:dot-portal /data
WORKDIR /app
COPY --from=build /app /app
COPY --from=build --chown=dot-portal:dot-portal /next-build /app/.next
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    DB_PROVIDER=${DB_PROVIDER} \
    PORT=3000 \
    STORAGE_DIR=/data/storage \
    MAIL_OUTBOX_DIR=/data/outbox
# /data: CVs when FILE_STORE=local, the SQLite file when DB_PROVIDER=sqlite (DATABASE_URL=file:/data/dot.db).
VOLUME ["/data"]
USER dot-portal
EXPOSE 3000
# Liveness only (no database call); readiness (/api/health/ready) is for the load balancer.
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}/api/health/live`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# scripts/server.mjs is `next start` with the peer address appended to X-Forwarded-For (see the
# file); the worker runs the same image with `npm run worker` (compose.yaml).
CMD ["node", "scripts/server.mjs"]
