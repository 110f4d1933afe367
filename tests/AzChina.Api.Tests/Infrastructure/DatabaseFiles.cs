using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>Damage done to a database file the way an operator's accident or a disk would.</summary>
public static class DatabaseFiles
{
    /// <summary>Zeroes pages in the middle of the file, as dd if=/dev/zero conv=notrunc does.</summary>
    public static void ZeroPages(string path, int first, int count)
    {
        SqliteConnection.ClearAllPools();
        const int page = 4096;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        file.Position = (long)first * page;
        file.Write(new byte[count * page]);
    }
}
