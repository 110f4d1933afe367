namespace AzChina.Api.Tests.Infrastructure;

/// <summary>Theory rows: a URL, the parameter (or id) its problem must name, and optionally a text its detail must contain.</summary>
public sealed class ProblemRows : TheoryData<string, string, string?>
{
    public void Add(string url, string parameter) => Add(url, parameter, null);
}
