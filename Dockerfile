# Three stages: `build` compiles everything, `runtime-deps` installs only what the API and the
# migrations need at run time, and the final image carries those, the compiled output and the built
# web app (static files) — no Angular, compilers, test tools or npm cache.
#
# Node 24 (LTS, maintained until April 2028): the newest LTS line every
# dependency declares support for (typeorm: ^20.19 || ^22.13 || >=24.11; Angular 21: >=24.0;
# NestJS 12: >=20). Node 20 reached its end of life in April 2026. See docs/operations.md.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY migrations/package.json migrations/
COPY api/package.json api/
COPY web/package.json web/
# No install scripts: the native parts (esbuild, argon2) come as prebuilt packages, as in development.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY migrations migrations
COPY api api
COPY web web
RUN npm run build

FROM ${NODE_IMAGE} AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY migrations/package.json migrations/
COPY api/package.json api/
COPY web/package.json web/
# Only the api and migrations workspaces' production dependencies: `npm prune --omit=dev` on the
# whole workspace would keep the web app's Angular packages, which the built files do not need.
RUN npm ci --omit=dev --workspace api --workspace migrations --no-audit --no-fund --ignore-scripts \
 && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/app/data LOG_FORMAT=json
WORKDIR /app
COPY --from=runtime-deps /app/package.json ./
COPY --from=runtime-deps /app/node_modules node_modules
COPY --from=build /app/migrations/package.json migrations/
COPY --from=build /app/migrations/dist migrations/dist
COPY --from=build /app/api/package.json api/
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/web/dist/web/browser web/dist/web/browser
# Nothing runs npm in the container: without it the image is smaller and has fewer parts to patch.
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack \
 && mkdir -p /app/data/evidence && chown -R node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/v1/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "api/dist/main.js"]
