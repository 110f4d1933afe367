using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AzChina.Api.Paging;

/// <summary>
/// Keyset paging: a page starts after the (sort key, id) of the last record of the previous page,
/// so records never repeat or go missing between pages, whatever ties the sort key has.
/// The cursor carries that position and a checksum of it, the query it belongs to and the dataset
/// fingerprint: a cursor from another query, another dataset or one that was edited is rejected, never
/// served as a wrong page. The fingerprint is public, so it is a checksum, not a signature: anyone can
/// compute it, and it does not stop a determined forger; the key's shape is checked too, so a forged
/// cursor can only choose where a page starts.
/// </summary>
public sealed record PageRequest(int Limit, string? AfterKey, string? AfterId, bool IncludeTotal = false)
{
    public const int DefaultLimit = 50;
    public const int MinLimit = 1;
    public const int MaxLimit = 500;

    public bool IsFirst => AfterId is null;

    /// <summary>Reads <c>limit</c>, <c>cursor</c> and <c>includeTotal</c>; <paramref name="scope"/> names the list and its filters and sort.</summary>
    /// <param name="isKey">Whether a sort key has the shape the list's keys have.</param>
    public static Parsed<PageRequest> Parse(PageParameters paging, string scope, string fingerprint, Func<string?, bool> isKey)
    {
        var limit = RequestParsers.WholeNumber("limit", paging.Limit, MinLimit, MaxLimit);
        if (!limit.IsValid) return limit.Failure<PageRequest>();
        var includeTotal = RequestParsers.Flag("includeTotal", paging.IncludeTotal);
        if (!includeTotal.IsValid) return includeTotal.Failure<PageRequest>();
        var first = new PageRequest(limit.Value ?? DefaultLimit, null, null, includeTotal.Value == true);
        if (paging.Cursor is null) return Parsed<PageRequest>.Valid(first);

        var position = CursorCodec.Decode(paging.Cursor, scope, fingerprint);
        return position is null || !isKey(position.Value.Key)
            ? Parsed<PageRequest>.Invalid("cursor", "is not a cursor this query issued; start again without a cursor")
            : Parsed<PageRequest>.Valid(first with { AfterKey = position.Value.Key, AfterId = position.Value.Id });
    }

    /// <summary>
    /// Turns up to <c>Limit + 1</c> fetched rows into a page: the extra row only tells that another page exists.
    /// </summary>
    public Page<T> ToPage<T>(IReadOnlyList<T> fetched, Func<T, (string? Key, string Id)> position, string scope, string fingerprint)
    {
        if (fetched.Count <= Limit) return new Page<T>(fetched, null, Limit);
        var items = fetched.Take(Limit).ToList();
        var last = position(items[^1]);
        return new Page<T>(items, CursorCodec.Encode(last.Key, last.Id, scope, fingerprint), Limit);
    }
}

internal static class CursorCodec
{
    private sealed record Payload(string? K, string I, string S);

    public static string Encode(string? key, string id, string scope, string fingerprint)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Payload(key, id, Checksum(key, id, scope, fingerprint)));
        return Base64Url(json);
    }

    public static (string? Key, string Id)? Decode(string cursor, string scope, string fingerprint)
    {
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(FromBase64Url(cursor));
            if (payload?.I is null || payload.S is null) return null;
            var expected = Checksum(payload.K, payload.I, scope, fingerprint);
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(payload.S))
                ? (payload.K, payload.I)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static string Checksum(string? key, string id, string scope, string fingerprint)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes("azchina-cursor:" + fingerprint), Encoding.UTF8.GetBytes($"{scope}\n{key}\n{id}"));
        return Base64Url(mac.AsSpan(0, 12).ToArray());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("bad length") };
        return Convert.FromBase64String(padded);
    }
}
