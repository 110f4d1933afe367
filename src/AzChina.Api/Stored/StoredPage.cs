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
/// <param name="StoredItems">The records' stored JSON, joined by commas as they are inside the array.</param>
[JsonConverter(typeof(StoredPageConverterFactory))]
internal sealed record StoredPage<T>(ReadOnlyMemory<byte> StoredItems, string? NextCursor, int Limit) : Page<T>([], NextCursor, Limit)
{
    /// <summary>The page of <see cref="StoredRow"/>s a list read, as the page of records it stands for.</summary>
    public static StoredPage<T> Of(Page<StoredRow> page)
    {
        // One JSON value per query the list read its page with: one, or two for full text newest first.
        var parts = page.Items.Select(r => r.Json).OfType<ReadOnlyMemory<byte>>().Where(json => json.Length > 0);
        var items = parts.Aggregate(ReadOnlyMemory<byte>.Empty, (joined, part) => joined.Length == 0 ? part : (byte[])[.. joined.Span, (byte)',', .. part.Span]);
        return new(items, page.NextCursor, page.Limit) { Total = page.Total };
    }
}

/// <summary>Stored JSON, written as it is.</summary>
[JsonConverter(typeof(StoredJsonConverter))]
internal readonly record struct StoredJson(ReadOnlyMemory<byte> Utf8);

internal sealed class StoredJsonConverter : JsonConverter<StoredJson>
{
    public override StoredJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Stored JSON is only written.");

    // Rendered by the API's own serializer at build time: valid JSON, not checked again per request.
    public override void Write(Utf8JsonWriter writer, StoredJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
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

        // The envelope is a Page like any other, serialised with the same options: only the items are raw, written as
        // one raw value, whose bytes in the array are those of the records written one by one (the writer adds the commas
        // between values, and there is only one).
        public override void Write(Utf8JsonWriter writer, StoredPage<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer,
                new Page<StoredJson>(value.StoredItems.Length == 0 ? [] : [new StoredJson(value.StoredItems)], value.NextCursor, value.Limit) { Total = value.Total },
                options);
    }
}
