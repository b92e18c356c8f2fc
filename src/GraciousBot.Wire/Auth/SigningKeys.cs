using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GraciousBot.Wire.Auth;

/// <summary>One read of an OpenID metadata document: the signing keys and, per key id, the channels it endorses.</summary>
public sealed class SigningKeySet
{
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _endorsements;

    public SigningKeySet(IReadOnlyList<SecurityKey> keys, IReadOnlyDictionary<string, IReadOnlySet<string>> endorsements)
    {
        Keys = keys;
        _endorsements = endorsements;
    }

    public IReadOnlyList<SecurityKey> Keys { get; }

    /// <summary>True when the key with this id is published and endorses <paramref name="channelId"/>.</summary>
    public bool Endorses(string? keyId, string? channelId) =>
        !string.IsNullOrEmpty(keyId)
        && !string.IsNullOrEmpty(channelId)
        && _endorsements.TryGetValue(keyId, out var channels)
        && channels.Contains(channelId);

    public bool HasKey(string? keyId) => !string.IsNullOrEmpty(keyId) && Keys.Any(k => k.KeyId == keyId);

    internal static SigningKeySet From(OpenIdConnectConfiguration configuration)
    {
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (!string.IsNullOrEmpty(key.Kid) && key.AdditionalData.TryGetValue("endorsements", out var value))
            {
                endorsements[key.Kid] = ReadStrings(value);
            }
        }

        return new SigningKeySet([.. configuration.SigningKeys], endorsements);
    }

    /// <summary>The endorsements array, however the JSON reader chose to represent it.</summary>
    private static HashSet<string> ReadStrings(object? value)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        switch (value)
        {
            case string single:
                set.Add(single);
                break;
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.GetString() is { } s)
                    {
                        set.Add(s);
                    }
                }

                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    if (item is string s)
                    {
                        set.Add(s);
                    }
                    else if (item is JsonElement { ValueKind: JsonValueKind.String } element && element.GetString() is { } e)
                    {
                        set.Add(e);
                    }
                }

                break;
        }

        return set;
    }
}

/// <summary>
/// The signing keys behind one OpenID metadata URL, through <see cref="ConfigurationManager{T}"/>: read on first use,
/// refreshed in the background every <see cref="BotAuthenticationDefaults.MetadataRefreshInterval"/>, and re-read when
/// a token names a key id we do not know (at most once per <see cref="BotAuthenticationDefaults.MetadataForcedRefreshInterval"/>,
/// so a stream of made-up key ids cannot make us hammer the metadata endpoint).
/// </summary>
public sealed class SigningKeySource
{
    private static readonly TimeSpan DefaultRefreshWait = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RefreshPoll = TimeSpan.FromMilliseconds(50);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly ObservedRetriever _retriever = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _forcedRefreshInterval;
    private readonly TimeSpan _refreshWait;
    private readonly object _gate = new();
    private OpenIdConnectConfiguration? _last;
    private SigningKeySet? _lastKeys;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    /// <param name="metadataUrl">The OpenID metadata document (https only).</param>
    /// <param name="http">The client used to read the metadata and the key set.</param>
    /// <param name="refreshWait">How long (real time) a forced re-read may take before the token is refused (3 s).</param>
    public SigningKeySource(string metadataUrl, HttpClient http, TimeProvider time, TimeSpan? forcedRefreshInterval = null, TimeSpan? refreshWait = null)
    {
        MetadataUrl = metadataUrl;
        _time = time;
        _forcedRefreshInterval = forcedRefreshInterval ?? BotAuthenticationDefaults.MetadataForcedRefreshInterval;
        _refreshWait = refreshWait ?? DefaultRefreshWait;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, _retriever, new HttpDocumentRetriever(http) { RequireHttps = true })
        {
            AutomaticRefreshInterval = BotAuthenticationDefaults.MetadataRefreshInterval,
            RefreshInterval = TimeSpan.FromSeconds(1),
        };
    }

    public string MetadataUrl { get; }

    /// <summary>The current keys (read from the network on first use).</summary>
    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var configuration = await _manager.GetConfigurationAsync(cancellationToken);
        lock (_gate)
        {
            if (!ReferenceEquals(configuration, _last) || _lastKeys is null)
            {
                _last = configuration;
                _lastKeys = SigningKeySet.From(configuration);
            }

            return _lastKeys;
        }
    }

    /// <summary>
    /// A token named a key id we do not have: re-read the metadata now, unless that was done less than the forced
    /// refresh interval ago. Returns the new keys, or null when no refresh was allowed or none arrived in time.
    /// </summary>
    public async Task<SigningKeySet?> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (now - _lastForcedRefresh < _forcedRefreshInterval)
            {
                return null;
            }

            _lastForcedRefresh = now;
        }

        // The manager refreshes in the background once it has a configuration, and ignores requests less than a
        // second after its last read: ask until a new read has happened, waiting briefly (in real time: this waits for
        // the network, not for the domain clock), and use what that read returned.
        var before = _retriever.Retrievals;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            _manager.RequestRefresh();
            await _manager.GetConfigurationAsync(cancellationToken);
            if (_retriever.Retrievals != before && _retriever.Latest is { } latest)
            {
                return SigningKeySet.From(latest);
            }

            if (waited.Elapsed >= _refreshWait)
            {
                return null;
            }

            await Task.Delay(RefreshPoll, cancellationToken);
        }
    }

    /// <summary>The standard OpenID retriever, noting each successful read (so a forced refresh knows when it landed).</summary>
    private sealed class ObservedRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
    {
        private int _retrievals;
        private OpenIdConnectConfiguration? _latest;

        public int Retrievals => Volatile.Read(ref _retrievals);

        public OpenIdConnectConfiguration? Latest => Volatile.Read(ref _latest);

        public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
        {
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(address, retriever, cancel);
            Volatile.Write(ref _latest, configuration);
            Interlocked.Increment(ref _retrievals);
            return configuration;
        }
    }
}
