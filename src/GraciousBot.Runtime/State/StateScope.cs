using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraciousBot.Runtime.State;

/// <summary>
/// One stored document (a conversation's or a user's state) holding typed slots. It is read once per turn and
/// written once at the end, only when something in it changed.
/// </summary>
public sealed class StateScope
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private JsonObject _document;
    private string _originalJson;
    private string? _pendingJson;

    public StateScope(string storageKey, string? json, string? eTag)
    {
        StorageKey = storageKey;
        ETag = eTag;
        _originalJson = json ?? "{}";
        _document = Parse(_originalJson);
    }

    public string StorageKey { get; }

    /// <summary>The ETag the document was read with; null when it did not exist.</summary>
    public string? ETag { get; private set; }

    /// <summary>The value in a slot, or null when it is empty or no longer readable as <typeparamref name="T"/>.</summary>
    public T? Get<T>(StateKey<T> key)
        where T : class
    {
        if (_values.TryGetValue(key.Name, out var cached))
        {
            return cached as T;
        }

        T? value = null;
        if (_document[key.Name] is { } node)
        {
            try
            {
                value = node.Deserialize<T>(RuntimeJson.Options);
            }
            catch (JsonException)
            {
                // A slot written by an older version that no longer fits its type reads as empty.
            }
        }

        _values[key.Name] = value;
        return value;
    }

    public void Set<T>(StateKey<T> key, T? value)
        where T : class
    {
        _pendingJson = null;
        _values[key.Name] = value;
    }

    public void Remove<T>(StateKey<T> key)
        where T : class
    {
        _pendingJson = null;
        _values[key.Name] = null;
    }

    /// <summary>Empties every slot.</summary>
    public void Clear()
    {
        _pendingJson = null;
        _values.Clear();
        _document = [];
    }

    /// <summary>The document as it would be stored now.</summary>
    public string ToJson()
    {
        foreach (var (name, value) in _values)
        {
            if (value is null)
            {
                _document.Remove(name);
            }
            else
            {
                _document[name] = JsonSerializer.SerializeToNode(value, value.GetType(), RuntimeJson.Options);
            }
        }

        return _document.ToJsonString();
    }

    public bool IsEmpty => ToJson() == "{}";

    /// <summary>Whether the document differs from what was read.</summary>
    public bool HasChanged => Pending() is not null;

    /// <summary>
    /// What to store, serialised once: null when nothing changed; otherwise the new document, or null JSON (delete)
    /// when it is now empty.
    /// </summary>
    public (string? Json, bool Delete)? Pending()
    {
        var json = ToJson();
        _pendingJson = json;
        if (string.Equals(json, _originalJson, StringComparison.Ordinal))
        {
            return null;
        }

        return json == "{}" ? (null, true) : (json, false);
    }

    /// <summary>
    /// Marks the content as saved, with the store's new ETag: what was saved is what <see cref="Pending"/> returned,
    /// so that document is kept rather than serialised a second time.
    /// </summary>
    public void Saved(string? eTag)
    {
        _originalJson = _pendingJson ?? ToJson();
        _pendingJson = null;
        ETag = eTag;
    }

    private static JsonObject Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
