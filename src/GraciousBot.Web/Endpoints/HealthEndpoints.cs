using GraciousBot.Runtime.Storage;

namespace GraciousBot.Web.Endpoints;

/// <summary>/healthz (the process is alive) and /readyz (it can reach its storage).</summary>
public static partial class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", async (IStateStore store, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await store.PingAsync(timeout.Token);
                return Results.Text("ready");
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogNotReady(loggers.CreateLogger(typeof(HealthEndpoints)), failure);
                return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Not ready", "Storage is not reachable.");
            }
        });
        return endpoints;
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Readiness check failed")]
    private static partial void LogNotReady(ILogger logger, Exception exception);
}
