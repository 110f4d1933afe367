using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace AzChina.Api.Hosting;

internal static class OpenApi
{
    public static IServiceCollection AddAzChinaOpenApi(this IServiceCollection services)
    {
        // Minimal APIs serialise with these options (not MVC's): vocabularies travel as their snake_case names.
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "AzChina API",
                Version = "v1",
                Description = "Structured, sourced data on Azerbaijan–China relations: events, agreements, metrics and actors. " +
                              "Every record names its source document and carries a verbatim quote from it as evidence; " +
                              "where sources disagree, every claim is kept and the API says which value it prefers and why.",
            });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<Metrics.MetricsResponseFilter>();
            options.OperationFilter<Csv.CsvResponses>();
            options.ParameterFilter<ParameterDescriptions>();
        });
        return services;
    }

    public static WebApplication UseAzChinaOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "AzChina API");
        app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}
