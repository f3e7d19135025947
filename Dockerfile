# The newsgraph app for `docker compose up`: Node 20, the built client, the server run by tsx (the same way as
# `npm start`, without a separate compile step). Neo4j comes from the neo4j service (NEO4J_URI), never embedded.
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so editing the source does not invalidate this layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
# vite is a dev dependency: build the client, then drop the dev dependencies from the image.
RUN npm run build:client && npm prune --omit=dev --no-audit --no-fund

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
USER node
EXPOSE 3000
# node itself is PID 1 (tsx as a loader, not npx/tsx wrappers), so SIGTERM reaches the server's shutdown handler.
CMD ["node", "--import", "tsx", "server/index.ts"]
