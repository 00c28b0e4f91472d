# One app instance of the production shape (docker-compose.yml, profile `production`): the built
# app served by scripts/serve.ts (Next.js behind the in-process front cache), migrations applied
# at start under an advisory lock (two instances starting together do not both migrate).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN node_modules/.bin/next build
ENV NODE_ENV=production
EXPOSE 3000
# Root in the container: the instance deletes files in nginx's cache folder (shared volume) on a
# public change, and nginx's workers own them.
CMD ["sh", "-c", "node_modules/.bin/tsx scripts/db/apply-migrations.ts && exec node_modules/.bin/tsx scripts/serve.ts 3000"]
