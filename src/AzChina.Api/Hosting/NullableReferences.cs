using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Hosting;

/// <summary>
/// A nullable property whose type is a schema of its own (an undated agreement's datePrecision, its
/// missing event) must say it can be null. OpenAPI 3.0 allows no siblings beside a $ref, so such a
/// property becomes <c>{ type, nullable: true, allOf: [$ref] }</c>; other references stay plain.
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

            // Enums get no type beside the $ref: client generators (NSwag) read "type: string" there as a plain
            // string and lose the enum, while they read nullable + allOf as a nullable enum.
            var type = (underlying ?? property.PropertyType).IsEnum ? JsonSchemaType.Null : JsonSchemaType.Object | JsonSchemaType.Null;
            model.Properties[name] = new OpenApiSchema
            {
                Type = type,
                AllOf = [reference],
                Description = property.GetCustomAttribute<DescriptionAttribute>()?.Description,
            };
        }
    }
}
