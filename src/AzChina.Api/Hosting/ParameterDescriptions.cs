using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Hosting;

/// <summary>An example value of a query or route parameter, shown in the OpenAPI document and Swagger UI.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class ExampleAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

/// <summary>
/// What a string parameter holds, for the document: a vocabulary (a Domain enum, whose wire names
/// Swagger UI then offers as a list and clients get as the enum), a whole number or a boolean. Every
/// query parameter binds as a string and is parsed by RequestParsers, so that a bad value is a 400
/// naming it in one message style, never a framework binding error.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class SchemaAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

/// <summary>
/// Documents each parameter from its attributes: [Description], [Example] (required parameters only:
/// Swagger UI's "Try it out" sends every example, and an example filter would narrow the first answer
/// a newcomer sees), [DefaultValue], [Schema], [Range] and [Required]. Parameters
/// bound with [AsParameters] carry them on the declaring record's constructor, where Swashbuckle
/// does not look (Swashbuckle#2658), so this filter looks there too.
/// </summary>
internal sealed class ParameterDescriptions : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter writable) return;
        var sources = new ICustomAttributeProvider?[]
        {
            context.ParameterInfo, context.PropertyInfo, ConstructorParameter(context.PropertyInfo ?? context.ParameterInfo?.Member as PropertyInfo),
        };
        T? Find<T>() where T : Attribute => sources.OfType<ICustomAttributeProvider>()
            .SelectMany(s => s.GetCustomAttributes(typeof(T), inherit: true).Cast<T>()).FirstOrDefault();

        if (string.IsNullOrEmpty(writable.Description) && Find<DescriptionAttribute>() is { } description)
            writable.Description = description.Description;
        if (Find<SchemaAttribute>() is { } documented)
            writable.Schema = context.SchemaGenerator.GenerateSchema(documented.Type, context.SchemaRepository);
        if (Find<RequiredAttribute>() is not null) writable.Required = true;
        if (Find<ExampleAttribute>() is { } example) writable.Example = Typed(example.Value, writable.Schema?.Type);
        if (Find<DefaultValueAttribute>() is { Value: string value } && writable.Schema is OpenApiSchema withDefault)
            withDefault.Default = Typed(value, withDefault.Type);
        if (Find<RangeAttribute>() is { } range && writable.Schema is OpenApiSchema schema)
        {
            schema.Minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
            schema.Maximum = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The example as a JSON value of the parameter's type: 50, true, "trade", ["ilham-aliyev"].</summary>
    private static JsonNode? Typed(string value, JsonSchemaType? type) => type switch
    {
        { } t when t.HasFlag(JsonSchemaType.Integer) && int.TryParse(value, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        { } t when t.HasFlag(JsonSchemaType.Boolean) && bool.TryParse(value, out var flag) => JsonValue.Create(flag),
        { } t when t.HasFlag(JsonSchemaType.Array) => new JsonArray(JsonValue.Create(value)),
        _ => JsonValue.Create(value),
    };

    private static ParameterInfo? ConstructorParameter(PropertyInfo? property) =>
        property?.DeclaringType?.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name);
}
