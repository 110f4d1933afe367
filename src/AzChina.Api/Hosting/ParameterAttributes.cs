namespace AzChina.Api.Hosting;

// What ParameterDescriptions reads off a parameter, beside [Description], [DefaultValue], [Range] and [Required].

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
