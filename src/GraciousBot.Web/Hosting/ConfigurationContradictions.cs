using GraciousBot.Web.DirectLine;
using GraciousBot.Wire.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraciousBot.Web.Hosting;

/// <summary>
/// Settings that are each fine alone but contradict each other: checked at start-up so the host refuses to start with a
/// message naming what to change, instead of failing on the first customer.
/// </summary>
public static class ConfigurationContradictions
{
    public static IServiceCollection AddConfigurationContradictionChecks(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageContradictions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineContradictions>());
        return services;
    }

    /// <summary>PostgreSQL chosen without saying where it is.</summary>
    internal sealed class StorageContradictions : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
            options.Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.PostgresConnectionString)
                ? ValidateOptionsResult.Fail("Storage:Provider is Postgres but Storage:PostgresConnectionString is empty. Set the connection string (from a secret store or a Key Vault reference, never a committed file), or use Storage:Provider=Sqlite for a single instance.")
                : ValidateOptionsResult.Success;
    }

    /// <summary>The anonymous local Direct Line and its Web Chat page left on in a production deployment.</summary>
    internal sealed class DirectLineContradictions(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<DirectLineOptions>
    {
        public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
        {
            // Read the app id straight from configuration: this check must not depend on the identity settings being
            // valid themselves (those have their own messages).
            var hasAppId = !string.IsNullOrWhiteSpace(configuration[nameof(BotAuthenticationOptions.MicrosoftAppId)]);
            return options.Enabled && hasAppId && environment.IsProduction()
                ? ValidateOptionsResult.Fail("DirectLine:Enabled is true in Production with a MicrosoftAppId configured: the built-in local Direct Line and its Web Chat page are anonymous and meant for local use only. Set DirectLine:Enabled=false (environment variable DirectLine__Enabled=false); customers reach the bot through Azure Bot Service channels (Web Chat, Direct Line, Teams).")
                : ValidateOptionsResult.Success;
        }
    }
}
