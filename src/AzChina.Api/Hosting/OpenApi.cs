using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace AzChina.Api.Hosting;

internal static class OpenApi
{
    public static IServiceCollection AddAzChinaOpenApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OpenApiSettings>(configuration.GetSection(OpenApiSettings.Section));
        // Minimal APIs serialise with these options (not MVC's); the stored representations are rendered with the same.
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
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
            // HEAD is answered wherever GET is (ReadMethods) and needs no operations of its own.
            options.DocInclusionPredicate((_, description) => description.HttpMethod != HttpMethods.Head);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.SchemaFilter<NullableReferences>();
            options.OperationFilter<Metrics.MetricsResponseFilter>();
            options.OperationFilter<Csv.CsvResponses>();
            options.ParameterFilter<ParameterDescriptions>();
            options.OperationFilter<StandardResponses>();
            options.OperationFilter<ResponseExamples>();
            options.DocumentFilter<DocumentDetails>();
            // Record and property summaries become schema descriptions.
            foreach (var assembly in new[] { "AzChina.Api", "AzChina.Domain" })
                options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{assembly}.xml"));
        });
        return services;
    }

    public static WebApplication UseAzChinaOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "AzChina API");
        // HEAD too, as every resource answers it (ReadMethods): HEAD / was a 405 while GET / redirected.
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}
