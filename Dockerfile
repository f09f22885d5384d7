# newsbot container image. Multi-stage: native modules (better-sqlite3) are compiled in the build stages, the runtime
# stage has only production dependencies, the compiled dist/ and the seeds, and runs as the unprivileged `node` user.
#   docker build -t newsbot .
#   docker run --env-file .env -p 3000:3000 -v newsbot-data:/app/data newsbot
# Node 24 is the newest LTS line the project is tested on (engines: Node ≥ 20.19); bump NODE_VERSION to move.
ARG NODE_VERSION=24

FROM node:${NODE_VERSION}-bookworm-slim AS build-tools
# node-gyp needs these when no prebuilt better-sqlite3 binary matches.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

FROM build-tools AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM build-tools AS production-deps
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEWSBOT_USE_DIST=1 \
    NEWSBOT_STORE=sqlite:///app/data/newsbot.sqlite \
    PORT=3000
WORKDIR /app
COPY --from=production-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
COPY --chown=node:node bin ./bin
COPY --chown=node:node seeds ./seeds
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
# Liveness only (/healthz): the process answers HTTP. Readiness (/readyz) is for load balancers, not for restarts.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself; newsbot installs its own handler for a graceful stop.
CMD ["node", "bin/newsbot.js", "start"]
