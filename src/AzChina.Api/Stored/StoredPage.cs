using System.Text.Json;
using System.Text.Json.Serialization;
using AzChina.Api.Paging;

namespace AzChina.Api.Stored;

/// <summary>
/// A page whose records are their stored JSON. It travels as the <see cref="Page{T}"/> the endpoint declares
/// (its OpenAPI schema and result type unchanged): minimal APIs serialise a result by its runtime type, and
/// this one's converter writes the stored bytes where the records would be serialised, inside the envelope
/// serialised as ever, so the body is byte for byte what the computed page gives.
/// </summary>
[JsonConverter(typeof(StoredPageConverterFactory))]
internal sealed record StoredPage<T>(IReadOnlyList<byte[]> StoredItems, string? NextCursor, int Limit) : Page<T>([], NextCursor, Limit)
{
    public static StoredPage<T> Of(Page<StoredRow> page) =>
        new(page.Items.Select(r => r.Json).ToList(), page.NextCursor, page.Limit) { Total = page.Total };
}

/// <summary>Stored JSON, written as it is.</summary>
[JsonConverter(typeof(StoredJsonConverter))]
internal readonly record struct StoredJson(byte[] Utf8);

internal sealed class StoredJsonConverter : JsonConverter<StoredJson>
{
    public override StoredJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Stored JSON is only written.");

    // Rendered by the API's own serializer at build time: valid JSON, not checked again per request.
    public override void Write(Utf8JsonWriter writer, StoredJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8, skipInputValidation: true);
}

internal sealed class StoredPageConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(StoredPage<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StoredPageConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()))!;

    private sealed class StoredPageConverter<T> : JsonConverter<StoredPage<T>>
    {
        public override StoredPage<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A stored page is only written.");

        // The envelope is a Page like any other, serialised with the same options: only the items are raw.
        public override void Write(Utf8JsonWriter writer, StoredPage<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer,
                new Page<StoredJson>(value.StoredItems.Select(json => new StoredJson(json)).ToList(), value.NextCursor, value.Limit) { Total = value.Total },
                options);
    }
}
