using System.ComponentModel.DataAnnotations;

namespace GraciousBot.Closing;

/// <summary>The "Closing" configuration section.</summary>
public sealed class ClosingOptions
{
    public const string Section = "Closing";

    /// <summary>Do not ask a customer for a rating again within this many days of their last one.</summary>
    [Range(0, 3650)]
    public int SurveyCooldownDays { get; set; } = 30;

    /// <summary>Ratings at or below this are "low": we ask what we could do better and offer a person.</summary>
    [Range(1, 5)]
    public int LowRatingThreshold { get; set; } = 2;

    /// <summary>Open items offered by name at most (the rest stay for another day).</summary>
    [Range(1, 3)]
    public int MaxOpenItemsShown { get; set; } = 3;

    /// <summary>Answers not understood before a question moves on (or hands over, for the confirmation).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>After sad news (someone died), skip the rating question; when false it is asked in its gentlest wording.</summary>
    public bool SkipSurveyWhenSad { get; set; } = true;

    /// <summary>After an angry complaint, skip the rating question; when false (the default) it is asked gently.</summary>
    public bool SkipSurveyWhenFrustrated { get; set; }

    /// <summary>The longest resolution summary in a text message (the card shows all of it); cut at a sentence or word.</summary>
    [Range(80, 2000)]
    public int MaxSummaryTextLength { get; set; } = 400;

    /// <summary>How long a conversation remembers that its closing ended: a thanks or a question within it gets the
    /// after-the-end replies (one short reply, the offer of a person); after it, a message starts a new closing.</summary>
    public TimeSpan EndedMemory { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The brand used when the caller sends none.</summary>
    public string? DefaultBrandName { get; set; }
}
