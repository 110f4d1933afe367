using Microsoft.Win32.SafeHandles;

namespace AzChina.Data;

/// <summary>
/// The database file as it was verified at start-up: a handle opened then, with the file's size and time.
/// The download reads through the handle, so a file replaced on disk later is never sent under the
/// verified file's name and ETag (issue 16: a replaced or truncated file went out under the old ones), and
/// the health check compares the file now at the path with what was verified.
/// </summary>
public sealed class ServedFile : IDisposable
{
    private readonly SafeFileHandle _handle;

    private ServedFile(string path, SafeFileHandle handle)
    {
        Path = path;
        _handle = handle;
        Length = RandomAccess.GetLength(handle);
        LastWriteUtc = File.GetLastWriteTimeUtc(handle);
    }

    public string Path { get; }

    public long Length { get; }

    public DateTime LastWriteUtc { get; }

    public static ServedFile Open(string path) =>
        // Delete sharing: a later build may replace the file by renaming over it; this handle keeps the old one.
        new(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete));

    /// <summary>Why the file at the path is no longer the verified one, or null when it still is.</summary>
    public string? ChangedOnDisk()
    {
        var now = new FileInfo(Path);
        if (!now.Exists) return "the database file has been deleted";
        return now.Length != Length || now.LastWriteTimeUtc != LastWriteUtc
            ? "the database file has been changed or replaced since it was verified at start-up"
            : null;
    }

    /// <summary>Why the verified file itself was written to since start-up (changed in place), or null when it was not.</summary>
    public string? ChangedInPlace() =>
        RandomAccess.GetLength(_handle) != Length || File.GetLastWriteTimeUtc(_handle) != LastWriteUtc
            ? "the database file has been written to since it was verified at start-up"
            : null;

    /// <summary>A stream over the verified file, with its own position: concurrent downloads share the handle.</summary>
    public Stream OpenRead() => new SnapshotStream(_handle, Length);

    public void Dispose() => _handle.Dispose();

    private sealed class SnapshotStream(SafeFileHandle handle, long length) : Stream
    {
        private long _position;

        public override int Read(Span<byte> buffer)
        {
            var count = (int)Math.Min(buffer.Length, Math.Max(0, length - _position));
            var read = RandomAccess.Read(handle, buffer[..count], _position);
            _position += read;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => _position = value; }
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
