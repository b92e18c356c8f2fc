using GraciousBot.Closing.Model;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing;

/// <summary>How a closing begins: the locale, time zone and name it is held in, from what the caller and channel say.</summary>
public static class ClosingStart
{
    private static readonly StateKey<ConversationLocale> LocaleKey = new("closing.locale");

    public static ClosingState From(TurnContext turn, ClosingContext context)
    {
        var locale = LocaleOf(turn, context);
        turn.State.Conversation.Set(LocaleKey, new ConversationLocale(locale));
        LanguageSwitch.Forget(turn);
        return Build(turn, context, locale);
    }

    /// <summary>The conversation's locale from now on (a switch of language).</summary>
    public static void Remember(TurnContext turn, string locale) => turn.State.Conversation.Set(LocaleKey, new ConversationLocale(locale));

    private static ClosingState Build(TurnContext turn, ClosingContext context, string locale) => new()
    {
        Context = context,
        Locale = locale,
        TimeZone = context.Customer?.TimeZone ?? (turn.Activity.LocalTimezone is { } zone && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : null),
        Name = Names.Spoken(context.Customer?.Name) ?? ChannelName(turn),
    };

    /// <summary>The same closing from the top, keeping what the caller sent.</summary>
    public static ClosingState Again(ClosingState state) => new()
    {
        Context = state.Context,
        Locale = state.Locale,
        TimeZone = state.TimeZone,
        Name = state.Name,
    };

    /// <summary>The customer's locale from the caller, else the one this closing started in, else the channel's, else English.</summary>
    public static string LocaleOf(TurnContext turn, ClosingContext? context)
    {
        foreach (var candidate in new[] { context?.Customer?.Locale, turn.State.Conversation.Get(LocaleKey)?.Locale, turn.Activity.Locale })
        {
            if (!string.IsNullOrWhiteSpace(candidate) && KnownLocale(candidate) is { } known)
            {
                return known;
            }
        }

        return "en";
    }

    /// <summary>Locale names already looked up (the lookup asks ICU every time); bounded, as callers send what they like.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Looked = new(StringComparer.Ordinal);

    private const int MaxLooked = 1024;

    /// <summary>The predefined culture's name for <paramref name="candidate"/> ("en_us" → "en-US"), or null when there is none.</summary>
    private static string? KnownLocale(string candidate)
    {
        if (Looked.TryGetValue(candidate, out var known))
        {
            return known;
        }

        try
        {
            known = System.Globalization.CultureInfo.GetCultureInfo(candidate.Replace('_', '-'), predefinedOnly: true).Name;
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            known = null;
        }

        if (Looked.Count < MaxLooked)
        {
            Looked.TryAdd(candidate, known);
        }

        return known;
    }

    /// <summary>
    /// Teams gives the person's real name; other channels often send placeholders ("User", an id), which we never
    /// use to address anyone.
    /// </summary>
    private static string? ChannelName(TurnContext turn) =>
        string.Equals(turn.ChannelId, ChannelIds.MsTeams, StringComparison.OrdinalIgnoreCase) && turn.Activity.From?.Name is { Length: > 0 } name
            ? Names.Spoken(name)
            : null;
}

/// <summary>A switch of language during a closing: the rest of it, and its result, are in this locale.</summary>
public static class LanguageSwitch
{
    private static readonly StateKey<ConversationLocale> Key = new("closing.switchedLocale");

    /// <summary>The locale the customer switched to, if they did.</summary>
    public static string? Of(TurnContext turn) => turn.State.Conversation.Get(Key)?.Locale;

    /// <summary>Records the switch (also as the conversation's locale, for messages sent outside the flow).</summary>
    public static void To(TurnContext turn, string locale)
    {
        turn.State.Conversation.Set(Key, new ConversationLocale(locale));
        ClosingStart.Remember(turn, locale);
    }

    /// <summary>A new closing starts in the caller's locale again.</summary>
    public static void Forget(TurnContext turn) => turn.State.Conversation.Remove(Key);
}

/// <summary>The locale a closing is held in, remembered for messages sent outside the flow (interruptions, errors).</summary>
public sealed record ConversationLocale(string Locale);
