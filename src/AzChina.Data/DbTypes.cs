using System.Data;
using AzChina.Domain.Vocabularies;
using Dapper;

namespace AzChina.Data;

/// <summary>
/// How Dapper reads the database's column types into the records' types, so that SQL maps straight
/// into the public records: ISO-8601 TEXT dates, vocabularies stored as their wire names, and SQLite's
/// integers (0/1 for a boolean; always Int64, which a record's int parameter would not accept).
/// </summary>
internal static class DbTypes
{
    /// <summary>
    /// Dapper's handlers are process-wide: <see cref="ReadOnlyDatabase"/> registers these before its first connection, and the
    /// builder before the API's queries render the stored representations; only the first call registers them.
    /// </summary>
    public static void Register() => _ = Registered.Value;

    private static readonly Lazy<bool> Registered = new(() =>
    {
        RegisterAll();
        return true;
    });

    private static void RegisterAll()
    {
        SqlMapper.AddTypeHandler(new IsoDate());
        SqlMapper.AddTypeHandler(new ZeroOrOne());
        SqlMapper.AddTypeHandler(new Int32FromInt64());
        // Without this Dapper reads an enum with Enum.Parse, which knows Person but not government_body.
        SqlMapper.Settings.PreferTypeHandlersForEnums = true;
        var vocabularies = typeof(Vocabulary<>).Assembly.GetTypes()
            .Where(t => t.IsEnum && (t.Namespace == typeof(Vocabulary<>).Namespace || t.Namespace == typeof(Domain.Time.DateKind).Namespace));
        foreach (var vocabulary in vocabularies)
            SqlMapper.AddTypeHandler(vocabulary, (SqlMapper.ITypeHandler)Activator.CreateInstance(typeof(WireName<>).MakeGenericType(vocabulary))!);
    }

    private sealed class IsoDate : SqlMapper.TypeHandler<DateOnly>
    {
        public override DateOnly Parse(object value) => IsoDates.Parse((string)value);

        public override void SetValue(IDbDataParameter parameter, DateOnly value) => parameter.Value = IsoDates.Format(value);
    }

    private sealed class ZeroOrOne : SqlMapper.TypeHandler<bool>
    {
        public override bool Parse(object value) => (long)value != 0;

        public override void SetValue(IDbDataParameter parameter, bool value) => parameter.Value = value ? 1L : 0L;
    }

    private sealed class Int32FromInt64 : SqlMapper.TypeHandler<int>
    {
        public override int Parse(object value) => checked((int)(long)value);

        public override void SetValue(IDbDataParameter parameter, int value) => parameter.Value = value;
    }

    private sealed class WireName<T> : SqlMapper.TypeHandler<T> where T : struct, Enum
    {
        public override T Parse(object value) => Vocabulary<T>.Parse((string)value);

        public override void SetValue(IDbDataParameter parameter, T value) => parameter.Value = Vocabulary<T>.Name(value);
    }
}
