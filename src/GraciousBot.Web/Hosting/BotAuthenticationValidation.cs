using System.Text.RegularExpressions;
using GraciousBot.Wire.Auth;
using Microsoft.Extensions.Options;

namespace GraciousBot.Web.Hosting;

/// <summary>
/// Start-up checks of the bot's identity settings. Every message names the setting to change and what to put there;
/// the host refuses to start until they are consistent.
/// </summary>
internal sealed partial class BotAuthenticationValidation(IConfiguration configuration) : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        var type = options.AppType;
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);

        if (!MicrosoftAppTypes.All.Contains(type))
        {
            failures.Add($"MicrosoftAppType is '{type}'; use one of {string.Join(", ", MicrosoftAppTypes.All)}.");
        }

        if (configuration.GetSection("AllowedCallers").Exists())
        {
            failures.Add("AllowedCallers is set at the top level; GraciousBot reads Skill:AllowedCallers. Move the list there (environment variables: Skill__AllowedCallers__0, Skill__AllowedCallers__1, ...).");
        }

        if (options.IsAnonymous)
        {
            if (hasPassword)
            {
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty. Set MicrosoftAppId to the app registration's Application (client) ID, or remove the password to run anonymously (local development only).");
            }

            if (type is MicrosoftAppTypes.SingleTenant or MicrosoftAppTypes.UserAssignedMsi)
            {
                failures.Add($"MicrosoftAppType is {type} but MicrosoftAppId is empty. Set MicrosoftAppId to the {(type == MicrosoftAppTypes.UserAssignedMsi ? "managed identity's client id" : "app registration's Application (client) ID")}.");
            }

            return Result(failures);
        }

        if (!Guid.TryParse(options.AppId, out _))
        {
            failures.Add("MicrosoftAppId is not a GUID. Use the Application (client) ID of the bot's app registration (or of its managed identity), like 00000000-0000-0000-0000-000000000000.");
        }

        switch (type)
        {
            case MicrosoftAppTypes.MultiTenant or MicrosoftAppTypes.SingleTenant when !hasPassword:
                failures.Add($"MicrosoftAppPassword is required with MicrosoftAppId when MicrosoftAppType is {type}. Set it to a client secret of the app registration (from a secret store, never a committed file), or use MicrosoftAppType=UserAssignedMsi with a managed identity.");
                break;
            case MicrosoftAppTypes.UserAssignedMsi when hasPassword:
                failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMsi: a managed identity has no secret. Remove MicrosoftAppPassword.");
                break;
        }

        if (type is MicrosoftAppTypes.SingleTenant or MicrosoftAppTypes.UserAssignedMsi && !hasTenant)
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {type}. Set it to the directory (tenant) id of the app registration.");
        }

        if (hasTenant && !IsTenant(options.MicrosoftAppTenantId!.Trim()))
        {
            failures.Add("MicrosoftAppTenantId is neither a GUID nor a domain name (like contoso.onmicrosoft.com).");
        }

        foreach (var caller in options.AllowedCallers.Select(c => c.Trim()))
        {
            if (caller != BotAuthenticationDefaults.AnyCaller && !Guid.TryParse(caller, out _))
            {
                failures.Add($"Skill:AllowedCallers has '{caller}', which is neither an app id (GUID) nor '*'.");
            }
        }

        RequireHttps(failures, nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl);
        RequireHttps(failures, nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl);
        RequireHttps(failures, nameof(options.ToChannelFromBotLoginUrl), options.Authority);
        RequireText(failures, nameof(options.ToBotFromChannelTokenIssuer), options.ToBotFromChannelTokenIssuer);
        RequireText(failures, nameof(options.ToBotFromEntraTokenIssuerV1), options.ToBotFromEntraTokenIssuerV1);
        RequireText(failures, nameof(options.ToBotFromEntraTokenIssuerV2), options.ToBotFromEntraTokenIssuerV2);
        RequireText(failures, nameof(options.ToChannelFromBotOAuthScope), options.ToChannelFromBotOAuthScope);
        return Result(failures);
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

    private static void RequireHttps(List<string> failures, string setting, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{setting} must be an absolute https URL.");
        }
    }

    private static void RequireText(List<string> failures, string setting, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{setting} must not be empty.");
        }
    }

    private static bool IsTenant(string value) => Guid.TryParse(value, out _) || DomainName().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial Regex DomainName();
}
