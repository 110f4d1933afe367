# Build and publish the API, build its database from db/ and seeds/ at image build time, and run it
# on the ASP.NET runtime image. The database is part of the image: every container started from it
# (every replica) serves the same file, read-only, with the same fingerprint and ETags, and starts
# without building anything.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props AzChina.sln ./
COPY src/AzChina.Domain/AzChina.Domain.csproj src/AzChina.Domain/
COPY src/AzChina.Data/AzChina.Data.csproj src/AzChina.Data/
COPY src/AzChina.Api/AzChina.Api.csproj src/AzChina.Api/
RUN dotnet restore src/AzChina.Api/AzChina.Api.csproj
COPY src/ src/
COPY db/ db/
COPY seeds/ seeds/
COPY docs/examples/ docs/examples/
RUN dotnet publish src/AzChina.Api/AzChina.Api.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Invalid seeds fail the image build here, not a container at start-up.
RUN dotnet AzChina.Api.dll --Database:Path=/app/data/azchina.db --Database:BuildOnly=true
USER app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__Path=/app/data/azchina.db \
    Database__BuildFromSeeds=false
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "AzChina.Api.dll"]
