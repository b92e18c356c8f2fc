using Microsoft.Data.Sqlite;

namespace GraciousBot.Runtime.Storage;

/// <summary>
/// Tells a reader whether anything was committed to the file since this process's writer last committed, so that the
/// documents it keeps (<see cref="SqliteDocumentCache"/>) are exactly what the file holds.
/// </summary>
/// <remarks>
/// <para><c>PRAGMA data_version</c> of a connection changes whenever another connection commits. The probe is one
/// connection of its own: right after each group (COMMIT done, cache updated) the writer reads the probe's version
/// (<see cref="Absorb"/>), so our own commit is accounted for; a reader that finds the same version later knows that
/// nobody, neither our writer nor another process, committed since. Any other answer (a group of ours between COMMIT
/// and absorb, another process's commit, a failing probe) and the reader reads the file instead.</para>
/// <para>Another process's commit that slipped in between our COMMIT and the absorb would be absorbed with ours, so the
/// writer then asks its own connection, whose version changes only for other connections' commits: when it changed,
/// the probe vouches for nothing until the next group and the cache forgets everything.</para>
/// <para>What a reader may take from it: the cached documents (<see cref="SqliteDocumentCache"/>) and which keys the
/// file cannot hold (<see cref="SqliteKeyFilter"/>).</para>
/// </remarks>
internal sealed class SqliteChangeProbe(Func<SqliteConnection> open) : IDisposable
{
    private readonly object _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _version;
    private long _absorbed = -1;
    private bool _closed;

    /// <summary>Nothing was committed to the file since the writer's last <see cref="Absorb"/>.</summary>
    public bool Unchanged()
    {
        lock (_gate)
        {
            if (_absorbed < 0)
            {
                return false;
            }

            try
            {
                return Version() == _absorbed;
            }
            catch (SqliteException)
            {
                Reset();
                return false;
            }
        }
    }

    /// <summary>On the writer after a group's COMMIT: the version that means "nothing since". False when another
    /// connection committed too (its own version changed), so the cache must start over; until the next absorb no reader
    /// uses it.</summary>
    public bool Absorb(Func<long> writersVersion, ref long lastWritersVersion)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            try
            {
                var version = Version();
                var writers = writersVersion();
                var alone = writers == lastWritersVersion;
                lastWritersVersion = writers;

                // Not alone: the version holds another connection's commit too, which the cache and the key filter do not
                // know of, so nothing is vouched for until the next group (the writer forgets them meanwhile).
                _absorbed = alone ? version : -1;
                return alone;
            }
            catch (SqliteException)
            {
                Reset();
                return false;
            }
        }
    }

    /// <summary>Until the next absorb, every reader reads the file.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _absorbed = -1;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            Reset();
        }
    }

    private long Version()
    {
        if (_version is null)
        {
            _connection = open();
            _version = _connection.CreateCommand();
            _version.CommandText = "PRAGMA data_version";
            _version.Prepare();
        }

        return (long)_version.ExecuteScalar()!;
    }

    private void Reset()
    {
        _absorbed = -1;
        _version?.Dispose();
        _connection?.Dispose();
        (_version, _connection) = (null, null);
    }
}
