using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AzChina.Domain.Vocabularies;

/// <summary>
/// The wire names of a vocabulary enum: snake_case (<c>government_body</c>) unless a member says
/// otherwise with <see cref="JsonStringEnumMemberNameAttribute"/> (<c>USD</c>). Seeds, the database and
/// the JSON API all use these names, so this is the one place they are defined.
/// </summary>
public static class Vocabulary<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> NamesByValue = Enum.GetValues<T>().ToFrozenDictionary(v => v, NameOf);
    private static readonly FrozenDictionary<string, T> ValuesByName = NamesByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every accepted name, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<T>().Select(v => NamesByValue[v]).ToArray();

    public static string Name(T value) => NamesByValue[value];

    public static bool TryParse(string? name, out T value)
    {
        value = default;
        return name is not null && ValuesByName.TryGetValue(name, out value);
    }

    /// <summary>For names already validated (read back from the database): an unknown name is a bug, not bad input.</summary>
    public static T Parse(string name) =>
        TryParse(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(T).Name}; expected one of {string.Join(", ", Names)}");

    private static string NameOf(T value)
    {
        var member = typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)!;
        return member.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
    }
}
