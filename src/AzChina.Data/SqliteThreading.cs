using System.Runtime.CompilerServices;
using SQLitePCL;

namespace AzChina.Data;

/// <summary>
/// SQLite in multi-thread mode rather than the bundled e_sqlite3's serialized mode (issue 15): serialized
/// mode takes the connection's mutex on nearly every native call, and reading a page of 50 events makes
/// thousands of them (the uncached profile put the mutex at 11% of a request's CPU). Multi-thread mode only
/// requires that no connection be used by two threads at once, which ADO.NET connections never promise
/// anyway: a pooled connection serves one request at a time, and its statements are finalized when it
/// closes, on the thread that closes it.
/// Memory statistics off as well: with them SQLite takes one process-wide mutex on every allocation it makes,
/// which requests on other connections then wait for. Measured on a form of the stored page that allocated
/// much (it materialised its list's query): 65 µs alone, 100–175 µs at 8 threads on 2 cores, 63–65 µs at 8
/// threads with the statistics off. Nothing here reads them.
/// </summary>
internal static class SqliteThreading
{
    // The mode can only be chosen before SQLite initializes, that is before the first connection of the
    // process opens; this assembly holds every open of the API, the builder and the generator, so its
    // initializer runs before any of them.
#pragma warning disable CA2255 // A library's module initializer: the setting is process-wide and must precede every open.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseMultiThreadMode()
    {
        Batteries_V2.Init();
        // SQLITE_MISUSE when SQLite was initialized before: it then stays serialized, with its statistics, which is only slower.
        if (raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK) raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
