using GraciousBot.Closing.Details;
using GraciousBot.Closing.SignOff;
using GraciousBot.Closing.Tests.Details;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.Tests.SignOff;

/// <summary>The real templates from dialogs/, a deterministic picker, and detail helpers.</summary>
internal static class SignOffTestKit
{
    public static TemplateCatalog Catalog { get; } = TemplateCatalog.Load(RepoPaths.Dialogs);

    public static SignOffSafety Safety { get; } = SignOffSafety.FromDirectory(RepoPaths.Dialogs);

    public static SignOffComposer Composer(IVariantPicker? picker = null) => new(new TemplateTextRenderer(Catalog, picker ?? new FirstVariantPicker()), Safety);

    public static PersonalDetail Detail(DetailKind kind, DetailTone tone, DetailTiming timing, string phrase, string? place = null, string language = "en") =>
        new(kind, tone, timing, phrase) { Place = place, Language = language };
}

/// <summary>Always the last variant still allowed: the opposite of <see cref="FirstVariantPicker"/>.</summary>
internal sealed class LastVariantPicker : IVariantPicker
{
    public int Pick(string key, int count) => count - 1;
}
