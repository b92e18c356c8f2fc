using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GraciousBot.Wire;

namespace GraciousBot.Runtime.State;

/// <summary>
/// JSON settings for everything the runtime stores: camelCase, nulls omitted, enums as camelCase strings. Types are
/// described by source-generated metadata where there is some (the runtime's own, and what an application adds with
/// <see cref="AddTypeInfo"/>), by reflection otherwise; the JSON is the same either way.
/// </summary>
/// <remarks>
/// The options carry no converters: enums get theirs from the resolver. That keeps them compatible with contexts
/// generated with the same settings (see <see cref="RuntimeJsonContext"/>), so writing uses the generated fast path
/// (no per-property metadata walk) rather than only the generated metadata.
/// </remarks>
public static class RuntimeJson
{
    private static readonly Lock Registering = new();
    private static IJsonTypeInfoResolver[] _resolvers = [RuntimeJsonContext.Default];

    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>
    /// How a stored document is written: as JSON text for our own store, escaping only what JSON itself needs (quotes,
    /// backslashes, control characters). The serializer's default escaping, meant for JSON inside a web page, also
    /// escapes apostrophes, <c>&lt;&gt;&amp;+</c> and every letter outside ASCII ("We\u0027ll", "r\u00E9serv\u00E9"): the
    /// documents grow, and nearly every sentence a bot says (or a customer writes in French, German or Spanish) went
    /// through the writer's slow escaping path and the reader's unescaping. Nothing puts a stored document in a page.
    /// The encoder is set on the writer, not on <see cref="Options"/>, whose encoder must stay unset for the
    /// source-generated writers to be used; documents written with either escaping read the same.
    /// </summary>
    public static readonly JsonWriterOptions DocumentWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonBytes Documents = new(DocumentWriter);

    /// <summary>A value as a stored document of its own: UTF-8, written as <see cref="DocumentWriter"/> says.</summary>
    public static byte[] ToDocument<T>(T value) =>
        Documents.Write(value, static (writer, v) => JsonSerializer.Serialize(writer, v, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))));

    /// <summary>
    /// Adds an application's source-generated metadata (a <see cref="JsonSerializerContext"/>) for the types it stores.
    /// Call it at start-up: a type already used is described as it was first resolved.
    /// </summary>
    public static void AddTypeInfo(IJsonTypeInfoResolver resolver)
    {
        lock (Registering)
        {
            if (!_resolvers.Contains(resolver))
            {
                _resolvers = [resolver, .. _resolvers];
            }
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            TypeInfoResolver = new Resolvers(),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Enums as camelCase strings, then the registered metadata, then reflection for everything else.</summary>
    private sealed class Resolvers : IJsonTypeInfoResolver
    {
        private static readonly MethodInfo CreateValueInfo = typeof(JsonMetadataServices).GetMethod(nameof(JsonMetadataServices.CreateValueInfo))!;
        private readonly DefaultJsonTypeInfoResolver _reflection = new();
        private readonly CamelCaseEnumConverter _enums = new();

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            if (type.IsEnum)
            {
                return (JsonTypeInfo?)CreateValueInfo.MakeGenericMethod(type).Invoke(null, [options, _enums.CreateConverter(type, options)]);
            }

            foreach (var resolver in _resolvers)
            {
                if (resolver.GetTypeInfo(type, options) is { } info)
                {
                    return info;
                }
            }

            return _reflection.GetTypeInfo(type, options);
        }
    }
}
