using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace GraciousBot.Testing.Postgres;

/// <summary>
/// One real PostgreSQL server for the whole test run (this test process): started on first use from the local
/// binaries (<c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on 127.0.0.1 and a free port, trust
/// authentication), stopped and deleted when the process exits. As root it runs as the <c>postgres</c> user, since
/// PostgreSQL refuses to run as root. Set <see cref="ConnectionStringVariable"/> to use an existing server instead
/// (its user needs CREATEDB). Missing binaries are a failure with instructions, never a skip.
/// </summary>
public sealed class PostgresServer
{
    /// <summary>A connection string to an existing server to use instead of starting one.</summary>
    public const string ConnectionStringVariable = "GRACIOUSBOT_TEST_POSTGRES";

    private const string FolderPrefix = "graciousbot-pg-";
    private const string ServiceUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private static readonly Lazy<PostgresServer> LazyShared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? _folder;
    private int _stopped;

    private PostgresServer(string adminConnectionString, string? folder)
    {
        AdminConnectionString = adminConnectionString;
        _folder = folder;
    }

    /// <summary>The server for this test process, started on first use.</summary>
    public static PostgresServer Shared => LazyShared.Value;

    /// <summary>A superuser (or CREATEDB) connection to the <c>postgres</c> database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Whether this process started the server (false when <see cref="ConnectionStringVariable"/> is set).</summary>
    public bool IsOwned => _folder is not null;

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public string CreateDatabase(string name)
    {
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database, closing whatever is still connected to it.</summary>
    public void DropDatabase(string name, string connectionString)
    {
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// A server of its own (never the shared one, never an existing one), for fault tests that stop and start it
    /// (<see cref="StopServer"/>, <see cref="StartServer"/>).
    /// </summary>
    public static PostgresServer StartDedicated() => Start(allowExisting: false);

    /// <summary>Stops the server now (fast shutdown: connections are cut). Only for a dedicated server.</summary>
    public void StopServer() => ControlDedicated("stop", "-m", "fast", "-w", "-t", "60");

    /// <summary>Starts a stopped dedicated server again on the same port.</summary>
    public void StartServer() =>
        ControlDedicated("start", "-l", Path.Combine(_folder!, "postgres.log"), "-w", "-t", "60", "-o", $"-p {new NpgsqlConnectionStringBuilder(AdminConnectionString).Port}");

    private void ControlDedicated(params string[] arguments)
    {
        if (_folder is null || _binaries is null)
        {
            throw new InvalidOperationException("Only a dedicated server (StartDedicated) can be stopped and started.");
        }

        Run(_asRoot, Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), .. arguments]);
    }

    private string? _binaries;
    private bool _asRoot;

    private static PostgresServer Start() => Start(allowExisting: true);

    private static PostgresServer Start(bool allowExisting)
    {
        if (allowExisting && Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } existing)
        {
            var builder = new NpgsqlConnectionStringBuilder(existing);
            builder.Database ??= "postgres";
            return new PostgresServer(builder.ConnectionString, folder: null);
        }

        var binaries = FindBinaries();
        var asRoot = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        if (asRoot && !File.ReadLines("/etc/passwd").Any(l => l.StartsWith(ServiceUser + ":", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(
                $"PostgreSQL refuses to run as root and there is no '{ServiceUser}' user to run it as. Install the " +
                $"server (apt-get install postgresql, which creates the user) or set {ConnectionStringVariable}.");
        }

        RemoveAbandonedServers(binaries, asRoot);

        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        var data = Path.Combine(folder, "data");
        try
        {
            // The folder belongs to whoever runs the server: created by that user, so no chown is needed.
            Run(asRoot, "mkdir", "-m", "700", folder);
            Run(asRoot, Path.Combine(binaries, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
            File.AppendAllText(Path.Combine(data, "postgresql.conf"), """

                # GraciousBot test server: loopback only, no unix socket, durability traded for speed.
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                max_connections = 300
                fsync = off
                synchronous_commit = off
                full_page_writes = off

                """);

            for (var attempt = 1; ; attempt++)
            {
                var port = FreePort();
                try
                {
                    Run(asRoot, Path.Combine(binaries, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "postgres.log"), "-w", "-t", "60", "-o", $"-p {port}", "start");
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                    continue; // Most likely someone took the port between our probe and the start.
                }

                var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true", folder) { _binaries = binaries, _asRoot = asRoot };
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
                return server;
            }
        }
        catch (Exception failure)
        {
            var log = Path.Combine(folder, "postgres.log");
            var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : "(no server log)";
            TryDelete(folder);
            throw new InvalidOperationException($"Could not start the test PostgreSQL server from {binaries}: {failure.Message}\nServer log:\n{tail}", failure);
        }
    }

    /// <summary>
    /// Runs while the test host exits, and the host may be killed a moment later, so the work is handed to a detached
    /// shell that outlives it: SIGQUIT (PostgreSQL's immediate shutdown) to the postmaster, wait for it to go, delete
    /// the folder. Whatever a killed run still leaves behind is removed by the next run.
    /// </summary>
    private void Stop()
    {
        if (_folder is null || Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        var pidFile = ShellQuote(Path.Combine(_folder, "data", "postmaster.pid"));
        var script =
            $"( kill -QUIT \"$(head -n 1 {pidFile})\"; i=0; " +
            $"while [ -e {pidFile} ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; " +
            $"rm -rf {ShellQuote(_folder)} ) </dev/null >/dev/null 2>&1 &";
        using var shell = Process.Start(new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", script }, UseShellExecute = false });
        shell?.WaitForExit(TimeSpan.FromSeconds(2));
    }

    /// <summary>
    /// pg_config first (it names the installed server), then the Debian layout (highest version), then PATH.
    /// </summary>
    private static string FindBinaries()
    {
        var candidates = new List<string>();
        try
        {
            candidates.Add(Run(asRoot: false, "pg_config", "--bindir").Trim());
        }
        catch (Exception failure) when (failure is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH.
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) were not found (looked at `pg_config --bindir`, " +
                "/usr/lib/postgresql/*/bin and PATH). The storage tests need a real PostgreSQL: install it " +
                $"(apt-get install postgresql, or postgresql-15) or set {ConnectionStringVariable} to the connection " +
                "string of an existing server whose user may create databases.");
    }

    /// <summary>Stops and deletes servers left behind by test processes that were killed before they could clean up.</summary>
    private static void RemoveAbandonedServers(string binaries, bool asRoot)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var pidText = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(pidText, out var pid) || IsAlive(pid))
            {
                continue;
            }

            try
            {
                Run(asRoot, Path.Combine(binaries, "pg_ctl"), "-D", Path.Combine(folder, "data"), "stop", "-m", "immediate", "-w", "-t", "10");
            }
            catch (InvalidOperationException)
            {
                // Not running any more.
            }

            TryDelete(folder);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Runs a command (as the postgres user when we are root) and returns its output; throws with the output when it fails.</summary>
    private static string Run(bool asRoot, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,

            // Somewhere the postgres user may enter (not, say, /root).
            WorkingDirectory = Path.GetTempPath(),
        };
        if (!asRoot)
        {
            start.FileName = file;
        }
        else if (File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser"))
        {
            start.FileName = File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "/sbin/runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(ServiceUser);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(file);
        }
        else
        {
            start.FileName = "su";
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add("/bin/sh");
            start.ArgumentList.Add(ServiceUser);
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(string.Join(' ', new[] { file }.Concat(arguments).Select(ShellQuote)));
            arguments = [];
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"`{file}` did not finish within {CommandTimeout.TotalSeconds:0} s.\n{Read(output)}");
        }

        process.WaitForExit();
        return process.ExitCode == 0
            ? Read(output)
            : throw new InvalidOperationException($"`{Path.GetFileName(file)} {string.Join(' ', arguments)}` exited with {process.ExitCode}:\n{Read(output)}");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void TryDelete(string folder)
    {
        for (var attempt = 1; attempt <= 3 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                // A process that is still exiting may create or remove a file under us; a leftover temp folder is
                // not worth failing a test run for.
                Thread.Sleep(20);
            }
        }
    }
}
