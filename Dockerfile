# syntax=docker/dockerfile:1
# news-alert: multi-stage build. The build stage compiles better-sqlite3's
# native addon and the TypeScript; the runtime stage has no compiler, runs
# the compiled JavaScript and runs as a non-root user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
# npm ci compiles src/ to dist/ (the `prepare` script, with the dev dependencies);
# then the dev dependencies go: the runtime runs plain JavaScript.
RUN npm ci --no-audit --no-fund \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf src
COPY bin ./bin
COPY config ./config

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEWS_ALERT_CONFIG=/app/config/default.yaml \
    NEWS_ALERT_DB=/data/news-alert.db
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Healthy while the worker keeps finishing cycles on schedule (see `news-alert health`).
HEALTHCHECK --interval=1m --timeout=10s --start-period=2m --retries=3 \
  CMD ["node", "bin/news-alert.js", "health"]
# One V8 helper thread, as `npm start` runs it (README, "Quick start": why).
ENTRYPOINT ["node", "--v8-pool-size=1", "bin/news-alert.js"]
CMD ["run"]
