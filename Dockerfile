# The CareBoard server with the built dashboard, for docker-compose.yml. It expects
# DATABASE_URL: the embedded PostgreSQL is for development, not for this image.
FROM node:20-slim

# corepack fails with a signature error, so pnpm comes from npm, at package.json's version.
RUN npm i -g pnpm@10.34.9

WORKDIR /app

# Manifests first: the dependency layer is rebuilt only when they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY server/package.json server/
COPY dashboard/package.json dashboard/
COPY test/package.json test/
RUN pnpm install --frozen-lockfile

COPY . .
RUN pnpm build

# Set only after the build: with NODE_ENV=production, pnpm install skips the build tools.
ENV NODE_ENV=production
EXPOSE 4000
USER node
CMD ["node", "server/dist/main.js"]
