# Build and publish the API, then run it on the ASP.NET runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props AzChina.sln ./
COPY src/AzChina.Domain/AzChina.Domain.csproj src/AzChina.Domain/
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
 && rm -rf /var/lib/apt/lists/* \
 && mkdir /data && chown app /data
WORKDIR /app
COPY --from=build /app ./
USER app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__Path=/data/azchina.db
EXPOSE 8080
VOLUME /data
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "AzChina.Api.dll"]
