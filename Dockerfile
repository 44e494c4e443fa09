# Medusa server and worker image: one image running the cluster (scripts/medusa-cluster.ts), its
# MEDUSA_SERVERS server and MEDUSA_WORKERS worker processes chosen per service.
# The build output must run inside the workspace (backend/.medusa/server): workspace plugins are
# not on any registry, so `npm install` inside the build output cannot work.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY packages packages
COPY plugins plugins
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production MEDUSA_DISABLE_TELEMETRY=true
COPY --from=build --chown=node:node /app /app
USER node
WORKDIR /app/backend/.medusa/server
EXPOSE 9000
CMD ["node", "--import", "tsx", "/app/scripts/medusa-cluster.ts"]
