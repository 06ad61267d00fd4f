# CBSS Simulator: multi-stage build, small ASP.NET runtime image, non-root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props BannedSymbols.txt ./
COPY src/CbssSimulator/CbssSimulator.csproj src/CbssSimulator/
RUN dotnet restore src/CbssSimulator/CbssSimulator.csproj
COPY src/ src/
COPY contracts/ contracts/
COPY scenarios/ scenarios/
RUN dotnet publish src/CbssSimulator/CbssSimulator.csproj -c Release -o /app --no-restore

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
