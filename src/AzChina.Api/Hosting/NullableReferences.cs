using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Hosting;

/// <summary>
/// A nullable property whose type is a schema of its own (an unknown date's startPrecision, its
/// missing event) must say it can be null. OpenAPI 3.0 allows no siblings beside a $ref, and
/// <c>nullable</c> means nothing without a <c>type</c> beside it (3.0.3), so an object becomes
/// <c>{ type: object, nullable: true, allOf: [$ref] }</c> and an enum, whose $ref'd values exclude
/// null, <c>{ oneOf: [$ref, { type: string, nullable: true, enum: [null] }] }</c>: valid for Redocly
/// and Spectral, and read as a nullable enum by NSwag and openapi-typescript (GeneratedClientTests,
/// samples/typescript). An object takes the same form with <c>type: object</c>: <c>allOf: [$ref]</c>
/// beside <c>nullable</c> does not admit null, since the $ref'd schema must hold too (Spectral's
/// example check refuses a null <c>partOf</c> under it). Other references stay plain.
/// </summary>
internal sealed class NullableReferences : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema model || model.Properties is null) return;
        // One per call: the context caches without locks, and documents may be generated concurrently.
        var nullability = new NullabilityInfoContext();
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!model.Properties.TryGetValue(name, out var existing) || existing is not OpenApiSchemaReference reference) continue;
            var underlying = Nullable.GetUnderlyingType(property.PropertyType);
            if (underlying is null && nullability.Create(property).ReadState != NullabilityState.Nullable) continue;

            var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description;
            var type = (underlying ?? property.PropertyType).IsEnum ? JsonSchemaType.String : JsonSchemaType.Object;
            model.Properties[name] = new OpenApiSchema
            {
                OneOf = [reference, new OpenApiSchema { Type = type | JsonSchemaType.Null, Enum = [null!] }],
                Description = description,
            };
        }
    }
}
