using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
