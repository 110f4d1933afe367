using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Shared;

/// <summary>
/// The code that turns the data into responses and databases: this API, its domain logic, the data
/// access libraries, the SQLite engine and the runtime. Deterministic builds give the same value for
/// the same sources and packages, so replicas of one release agree; any change to them changes it.
/// </summary>
internal static class CodeVersion
{
    public static string Value { get; } = Compute();

    private static string Compute()
    {
        var assemblies = new[]
        {
            typeof(Program).Assembly, typeof(Domain.Search.SearchText).Assembly, typeof(Dapper.SqlMapper).Assembly,
            typeof(SqliteConnection).Assembly, typeof(SQLitePCL.raw).Assembly,
        };
        var parts = assemblies.Select(a => a.ManifestModule.ModuleVersionId.ToString("N"))
            .Append(Environment.Version.ToString())
            // A connection's static set-up loads the native SQLite library; then it can say its version.
            .Append(new SqliteConnection().ServerVersion);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts))))[..12];
    }
}
