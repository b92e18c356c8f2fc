# syntax=docker/dockerfile:1
# GraciousBot as a container image: build with the .NET SDK (plus Node.js for the Web Chat page),
# run on the small ASP.NET Core runtime image as a non-root user, listening on port 8080.
#
#   docker build -t graciousbot .
#   docker run --rm -p 8080:8080 graciousbot
#
# Configuration comes from environment variables (MicrosoftAppId, Storage__Provider,
# Storage__PostgresConnectionString, ...); see deploymentTemplates/README.md. No secret is baked in.

ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
# The local channel project (src/GraciousBot.LocalChannel) runs "npm ci" for its Web Chat page during the build.
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# .dockerignore keeps tests, deployment templates, build output and node_modules out of the context.
COPY . .
RUN --mount=type=cache,target=/root/.nuget/packages \
    --mount=type=cache,target=/root/.npm \
    dotnet publish src/GraciousBot.Web/GraciousBot.Web.csproj \
        --configuration Release \
        --output /app \
        -p:UseAppHost=false
# A writable folder for the default SQLite store (use Storage__Provider=Postgres in production).
RUN mkdir -p /data

# Chiseled: no shell, no package manager, non-root by default. The "extra" flavour carries ICU and
# time zone data, which the localized wording (de, es, fr) needs.
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}-noble-chiseled-extra AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY --from=build --chown=1654:1654 /data /data
# The built-in Direct Line and Web Chat page are for local demos; run with -e DirectLine__Enabled=true to try one
# (with a MicrosoftAppId configured it also needs DirectLine__EnabledWithAuthentication=true). The host honours
# ASPNETCORE_URLS (and --urls, HTTP_PORTS); http://localhost:3978 is only its default when none is set.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DirectLine__Enabled=false \
    Storage__SqlitePath=/data/graciousbot.db
EXPOSE 8080
# 1654 is the "app" user the .NET images define (APP_UID).
USER 1654
ENTRYPOINT ["dotnet", "GraciousBot.Web.dll"]
