using Npgsql;

namespace GraciousBot.Testing.Postgres;

/// <summary>
/// A fresh database on the test run's real PostgreSQL server (see <see cref="PostgresServer"/>), for one test class:
/// use it as <c>IClassFixture&lt;PostgresFixture&gt;</c>. The database is dropped when the class is done. Tests that
/// need more isolation than a database per class create their own tables (or call <see cref="CreateDatabase"/>).
/// </summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly PostgresServer _server;
    private readonly List<(string Name, string ConnectionString)> _databases = [];
    private readonly List<NpgsqlDataSource> _dataSources = [];
    private readonly Lazy<NpgsqlDataSource> _dataSource;

    public PostgresFixture()
    {
        _server = PostgresServer.Shared;
        ConnectionString = CreateDatabase();
        _dataSource = new Lazy<NpgsqlDataSource>(() => CreateDataSource());
    }

    /// <summary>The connection string of this fixture's database.</summary>
    public string ConnectionString { get; }

    /// <summary>A data source on this fixture's database, shared by the class's tests.</summary>
    public NpgsqlDataSource DataSource => _dataSource.Value;

    /// <summary>Another empty database, dropped with the fixture; returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"graciousbot_test_{Guid.NewGuid().ToString("N")[..12]}";
        var connectionString = _server.CreateDatabase(name);
        lock (_databases)
        {
            _databases.Add((name, connectionString));
        }

        return connectionString;
    }

    /// <summary>
    /// A new data source (its own connection pool, like another host) on this fixture's database or on
    /// <paramref name="connectionString"/>; disposed with the fixture.
    /// </summary>
    public NpgsqlDataSource CreateDataSource(string? connectionString = null)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString ?? ConnectionString);
        lock (_dataSources)
        {
            _dataSources.Add(dataSource);
        }

        return dataSource;
    }

    public void Dispose()
    {
        lock (_dataSources)
        {
            _dataSources.ForEach(d => d.Dispose());
            _dataSources.Clear();
        }

        lock (_databases)
        {
            _databases.ForEach(d => _server.DropDatabase(d.Name, d.ConnectionString));
            _databases.Clear();
        }
    }
}
