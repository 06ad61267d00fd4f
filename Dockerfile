# CBSS Simulator: multi-stage build, small ASP.NET runtime image, non-root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# ReadyToRun (precompiled code) shortens the start by about a tenth; it needs the target architecture, which BuildKit
# gives (amd64 or arm64; the SDK maps amd64 to x64). docs/decisions.md, "ReadyToRun in the image".
ARG TARGETARCH
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props BannedSymbols.txt ./
COPY src/CbssSimulator/CbssSimulator.csproj src/CbssSimulator/
RUN dotnet restore src/CbssSimulator/CbssSimulator.csproj -a "$TARGETARCH"
COPY src/ src/
COPY contracts/ contracts/
COPY scenarios/ scenarios/
RUN dotnet publish src/CbssSimulator/CbssSimulator.csproj -c Release -a "$TARGETARCH" --self-contained false -p:PublishReadyToRun=true -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY scenarios/ /scenarios/
ENV ASPNETCORE_URLS=http://+:8080 \
    Registry__Path=/data/registry.db \
    Scenarios__Folder=/scenarios
USER root
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
VOLUME ["/data"]
EXPOSE 8080
# No curl in the image: the simulator's own "health" verb calls /health.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "/app/CbssSimulator.dll", "health", "--url", "http://localhost:8080"]
ENTRYPOINT ["dotnet", "/app/CbssSimulator.dll"]
CMD ["serve"]
