using System.ComponentModel;
using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Hosting;

/// <summary>
/// Takes a parameter's [Description] from the record that declares it when the handler binds it with
/// [AsParameters]: Swashbuckle reads attributes of handler parameters only (Swashbuckle#2658).
/// </summary>
internal sealed class ParameterDescriptions : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter writable || !string.IsNullOrEmpty(writable.Description)) return;
        var description = context.ParameterInfo?.GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? context.PropertyInfo?.GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? FromConstructor(context.PropertyInfo ?? (context.ParameterInfo?.Member as PropertyInfo));
        if (description is not null) writable.Description = description;
    }

    private static string? FromConstructor(PropertyInfo? property) =>
        property?.DeclaringType?.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name)?
            .GetCustomAttribute<DescriptionAttribute>()?.Description;
}
