using System.Reflection;
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
        services.TryAddSingleton(new ValidatedSections(services));
        return services;
    }

    /// <summary>
    /// Reads every section that has a validator, right after the host is built, and reports every failure together
    /// (an <see cref="AggregateException"/> that <see cref="StartupProblem"/> turns into one message per line), so a
    /// deployment with three mistakes fails once with three lines instead of three times with one. Without it, the
    /// first section some code happens to read first (at mapping time or when a hosted service is created) would hide
    /// the others.
    /// </summary>
    public static void ValidateAllSettings(this IServiceProvider services)
    {
        var failures = new List<Exception>();
        foreach (var type in services.GetRequiredService<ValidatedSections>().OptionTypes)
        {
            var options = services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
            try
            {
                _ = typeof(IOptions<>).MakeGenericType(type).GetProperty(nameof(IOptions<object>.Value))!.GetValue(options);
            }
            catch (TargetInvocationException invalid) when (invalid.InnerException is OptionsValidationException or InvalidOperationException)
            {
                failures.Add(invalid.InnerException!);
            }
        }

        if (failures.Count == 1)
        {
            throw failures[0];
        }

        if (failures.Count > 1)
        {
            throw new AggregateException("The configuration has several problems.", failures);
        }
    }

    /// <summary>The options types that have validators, read from the service collection once it is complete.</summary>
    internal sealed class ValidatedSections(IServiceCollection services)
    {
        private readonly Lazy<IReadOnlyList<Type>> _types = new(() =>
        [
            .. services
                .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
                .Select(d => d.ServiceType.GetGenericArguments()[0])
                .Distinct(),
        ]);

        public IReadOnlyList<Type> OptionTypes => _types.Value;
    }

    /// <summary>PostgreSQL chosen without saying where it is.</summary>
    internal sealed class StorageContradictions : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
            options.Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.PostgresConnectionString)
                ? ValidateOptionsResult.Fail("Storage:Provider is Postgres but Storage:PostgresConnectionString is empty. Set the connection string (from a secret store or a Key Vault reference, never a committed file), or use Storage:Provider=Sqlite for a single instance.")
                : ValidateOptionsResult.Success;
    }
}
