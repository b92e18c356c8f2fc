namespace GraciousBot.Wire.Auth;

/// <summary>The three ways a bot proves who it is, spelled as in Azure Bot Service (<c>MicrosoftAppType</c>).</summary>
public static class MicrosoftAppTypes
{
    /// <summary>An app registration in any tenant, with a client secret; tokens from the botframework.com tenant.</summary>
    public const string MultiTenant = "MultiTenant";

    /// <summary>An app registration in one tenant (<c>MicrosoftAppTenantId</c>), with a client secret.</summary>
    public const string SingleTenant = "SingleTenant";

    /// <summary>A user-assigned managed identity (its client id is the app id); no secret at all.</summary>
    public const string UserAssignedMsi = "UserAssignedMsi";

    public static readonly IReadOnlyList<string> All = [MultiTenant, SingleTenant, UserAssignedMsi];
}

/// <summary>Well-known values of Bot Framework authentication (public Azure cloud).</summary>
public static class BotAuthenticationDefaults
{
    /// <summary>The issuer of the tokens channels (Azure Bot Service) send.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>OpenID metadata of the channel token signing keys (with their endorsements).</summary>
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Entra ID's signing keys: skill (bot-to-bot) and Emulator tokens.</summary>
    public const string EntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Where the <c>{tenant}</c> placeholder goes in the templates below.</summary>
    public const string TenantPlaceholder = "{tenant}";

    /// <summary>Entra ID v1 token issuer (<c>ver</c> 1.0).</summary>
    public const string EntraIssuerV1Template = "https://sts.windows.net/{tenant}/";

    /// <summary>Entra ID v2 token issuer (<c>ver</c> 2.0).</summary>
    public const string EntraIssuerV2Template = "https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>The authority outgoing tokens come from; the tenant is botframework.com or MicrosoftAppTenantId.</summary>
    public const string LoginUrlTemplate = "https://login.microsoftonline.com/{tenant}";

    /// <summary>The tenant of multi-tenant bots' outgoing tokens.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    /// <summary>The scope of tokens for replies to a channel.</summary>
    public const string ChannelScope = "https://api.botframework.com/.default";

    /// <summary>The tenants Bot Framework (and the Emulator) obtain bot-to-bot tokens from.</summary>
    public static readonly IReadOnlyList<string> BotFrameworkTenantIds =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
    ];

    /// <summary>The clock skew allowed on token lifetimes.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The only signing algorithm accepted.</summary>
    public const string SigningAlgorithm = "RS256";

    /// <summary>Signing keys are re-read at least this often, even when nothing asks for it.</summary>
    public static readonly TimeSpan MetadataRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>An unknown key id forces a re-read of the keys at most this often.</summary>
    public static readonly TimeSpan MetadataForcedRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>The allowed-callers entry that lets any bot call.</summary>
    public const string AnyCaller = "*";
}

/// <summary>
/// Who this bot is and whom it trusts. The property names are the configuration keys Bot Framework users know
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>, ...). With no <see cref="MicrosoftAppId"/> the bot runs anonymously
/// (local development only).
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMsi; see <see cref="MicrosoftAppTypes"/>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app id (a GUID); for UserAssignedMsi the managed identity's client id. Empty = anonymous.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret (MultiTenant and SingleTenant only).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The bot's tenant (SingleTenant and UserAssignedMsi).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>App ids of the bots allowed to call this skill; <c>*</c> allows any. Empty refuses every skill call.</summary>
    public IList<string> AllowedCallers { get; set; } = [];

    /// <summary>The issuer of channel tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = BotAuthenticationDefaults.ChannelIssuer;

    /// <summary>OpenID metadata for channel tokens (keys and endorsements).</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = BotAuthenticationDefaults.ChannelOpenIdMetadataUrl;

    /// <summary>OpenID metadata for Entra ID tokens (skills and the Emulator).</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = BotAuthenticationDefaults.EntraOpenIdMetadataUrl;

    /// <summary>Entra ID v1 issuer template, <c>{tenant}</c> replaced by each trusted tenant.</summary>
    public string ToBotFromEntraTokenIssuerV1 { get; set; } = BotAuthenticationDefaults.EntraIssuerV1Template;

    /// <summary>Entra ID v2 issuer template, <c>{tenant}</c> replaced by each trusted tenant.</summary>
    public string ToBotFromEntraTokenIssuerV2 { get; set; } = BotAuthenticationDefaults.EntraIssuerV2Template;

    /// <summary>The authority outgoing tokens come from; <c>{tenant}</c> becomes botframework.com or the tenant id.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = BotAuthenticationDefaults.LoginUrlTemplate;

    /// <summary>The scope of outgoing tokens for channels.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = BotAuthenticationDefaults.ChannelScope;

    /// <summary>True when no app id is configured: every request is accepted anonymously.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The app type, with the default applied and the spelling normalised.</summary>
    public string AppType =>
        MicrosoftAppTypes.All.FirstOrDefault(t => string.Equals(t, MicrosoftAppType?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? (string.IsNullOrWhiteSpace(MicrosoftAppType) ? MicrosoftAppTypes.MultiTenant : MicrosoftAppType.Trim());

    /// <summary>The app id, trimmed (only meaningful when not anonymous).</summary>
    public string AppId => MicrosoftAppId?.Trim() ?? string.Empty;

    /// <summary>The tenant outgoing tokens come from: the bot's own tenant, or botframework.com when multi-tenant.</summary>
    public string TokenTenant => AppType == MicrosoftAppTypes.MultiTenant || string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
        ? BotAuthenticationDefaults.BotFrameworkTenant
        : MicrosoftAppTenantId.Trim();

    /// <summary>The authority outgoing tokens come from.</summary>
    public string Authority => ToChannelFromBotLoginUrl.Replace(BotAuthenticationDefaults.TenantPlaceholder, TokenTenant, StringComparison.Ordinal).TrimEnd('/');

    /// <summary>The scope of outgoing tokens for channels, always ending in <c>/.default</c>.</summary>
    public string ChannelScope => AsScope(ToChannelFromBotOAuthScope);

    /// <summary>The tenants whose Entra ID tokens are accepted: Bot Framework's, plus our own when single-tenant.</summary>
    public IReadOnlyList<string> TrustedTenants =>
        AppType != MicrosoftAppTypes.MultiTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
            ? [.. BotAuthenticationDefaults.BotFrameworkTenantIds, MicrosoftAppTenantId.Trim()]
            : BotAuthenticationDefaults.BotFrameworkTenantIds;

    /// <summary>Every accepted Entra ID issuer (v1 and v2 for each trusted tenant).</summary>
    public IReadOnlyList<string> EntraIssuers =>
    [
        .. TrustedTenants.SelectMany(tenant => new[]
        {
            ToBotFromEntraTokenIssuerV1.Replace(BotAuthenticationDefaults.TenantPlaceholder, tenant, StringComparison.Ordinal),
            ToBotFromEntraTokenIssuerV2.Replace(BotAuthenticationDefaults.TenantPlaceholder, tenant, StringComparison.Ordinal),
        }),
    ];

    /// <summary>True when a bot with this app id may call the skill.</summary>
    public bool IsAllowedCaller(string callerAppId) =>
        AllowedCallers.Any(c => c.Trim() == BotAuthenticationDefaults.AnyCaller || string.Equals(c.Trim(), callerAppId, StringComparison.OrdinalIgnoreCase));

    /// <summary>A scope for a resource: <c>{resource}/.default</c> unless it already is one.</summary>
    public static string AsScope(string resource) =>
        resource.EndsWith("/.default", StringComparison.OrdinalIgnoreCase) ? resource : resource.TrimEnd('/') + "/.default";
}
