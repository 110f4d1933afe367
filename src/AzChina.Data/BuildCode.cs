using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace AzChina.Data;

/// <summary>
/// A version of code: a hash of assemblies' build ids, the runtime and the SQLite engine. Deterministic
/// builds give the same value for the same sources and packages, so replicas of one release agree; any
/// change to them changes it.
/// </summary>
public static class BuildCode
{
    /// <summary>
    /// The code that builds a database: this library, the domain logic (validation, search folding), the
    /// data access libraries, SQLite and the runtime. A database built by other code is rebuilt.
    /// </summary>
    public static string Version { get; } = Of(typeof(BuildCode).Assembly);

    /// <summary>The building code and <paramref name="more"/>, e.g. the API that also turns the data into responses.</summary>
    public static string Of(params Assembly[] more)
    {
        var assemblies = new[]
        {
            typeof(BuildCode).Assembly, typeof(Domain.Search.SearchText).Assembly, typeof(Dapper.SqlMapper).Assembly,
            typeof(SqliteConnection).Assembly, typeof(SQLitePCL.raw).Assembly,
        }.Concat(more).Distinct();
        var parts = assemblies.Select(a => a.ManifestModule.ModuleVersionId.ToString("N"))
            .Append(Environment.Version.ToString())
            // A connection's static set-up loads the native SQLite library; then it can say its version.
            .Append(new SqliteConnection().ServerVersion);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts))))[..12];
    }
}
