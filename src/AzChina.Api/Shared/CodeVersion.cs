using AzChina.Data;

namespace AzChina.Api.Shared;

/// <summary>
/// The code that turns the data into responses: this API and the code that builds the database
/// (<see cref="BuildCode"/>). Part of every ETag, so a new release changes every tag.
/// </summary>
internal static class CodeVersion
{
    public static string Value { get; } = BuildCode.Of(typeof(Program).Assembly);
}
