namespace AzChina.Api.Shared;

/// <summary>A parsed request value, or the parameter that was wrong and why.</summary>
public readonly record struct Parsed<T>(T? Value, string? Parameter, string? Problem)
{
    public static Parsed<T> Valid(T value) => new(value, null, null);
    public static Parsed<T> Invalid(string parameter, string problem) => new(default, parameter, problem);
    public bool IsValid => Parameter is null;

    /// <summary>This failure, as the failure of what was being parsed from it.</summary>
    public Parsed<TOther> Failure<TOther>() => Parsed<TOther>.Invalid(Parameter!, Problem!);
}
