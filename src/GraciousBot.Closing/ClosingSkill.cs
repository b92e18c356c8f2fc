using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.Insights;
using GraciousBot.Closing.SignOff;
using GraciousBot.Closing.ToGo;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Templates;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraciousBot.Closing;

/// <summary>Registers the closing skill: its wording, dialogs, prompts and bot.</summary>
public static class ClosingSkill
{
    /// <summary>The languages every message must exist in.</summary>
    public static IReadOnlyList<string> Languages => Runtime.Recognizers.Languages.Supported;

    /// <summary>Every message the closing skill's code uses, with what it receives.</summary>
    public static IEnumerable<TemplateContract> Contracts => ClosingTexts.Contracts.Concat(ClosingTexts.CategoryContracts).Concat(HandoffTexts.Contracts).Concat(SignOffComposer.Contracts).Concat(EndingTexts.Contracts).Concat(UnderstandingTexts.Contracts).Concat(AfterClosing.Contracts).Concat(AnythingElseRequest.Contracts).Concat(ToGo.ToGoTexts.Contracts).Concat(Details.PhrasePatterns.Contracts);

    /// <param name="dialogsPath">Where the wording lives, worked out from configuration when the app starts.</param>
    public static IServiceCollection AddClosingSkill(this IServiceCollection services, Func<IServiceProvider, string> dialogsPath)
    {
        // The host resolves the catalog at start-up, so a wording mistake stops the app instead of a customer's turn.
        services.AddSingleton(sp => LoadTexts(dialogsPath(sp)));
        services.AddSingleton<IReadOnlyDictionary<string, CardTemplate>>(sp => CardTemplate.LoadAll(Path.Combine(dialogsPath(sp), "cards")));
        services.AddSingleton<IVariantPicker, RandomVariantPicker>();
        services.AddSingleton<ITextRenderer>(sp => new TemplateTextRenderer(sp.GetRequiredService<TemplateCatalog>(), sp.GetRequiredService<IVariantPicker>()));
        services.AddSingleton<TurnTimers>();
        services.AddSingleton<ScheduledTurns>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.AddSingleton<ScheduledTurnRunner>();
        services.AddSingleton(sp => SignOffSafety.FromDirectory(dialogsPath(sp)));
        services.AddSingleton(sp => new SignOffComposer(sp.GetRequiredService<ITextRenderer>(), sp.GetRequiredService<SignOffSafety>()));
        services.AddSingleton<IGoodbyes>(sp => new PersonalGoodbyes(sp.GetRequiredService<SignOffComposer>(), sp.GetRequiredService<IOptions<ClosingOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        AddToGo(services, dialogsPath);
        services.AddSingleton(sp =>
        {
            var handoff = sp.GetRequiredService<IOptions<HandoffOptions>>().Value;
            return new ClosingServices(
                sp.GetRequiredService<ITextRenderer>(),
                sp.GetRequiredService<IReadOnlyDictionary<string, CardTemplate>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IOptions<ClosingOptions>>().Value,
                handoff,
                new BusinessHours(handoff.BusinessHours),
                sp.GetRequiredService<IGoodbyes>())
            {
                ToGo = sp.GetRequiredService<ToGoServices>(),
                FollowUp = sp.GetService<IOptions<FollowUpOptions>>()?.Value ?? new FollowUpOptions(),
            };
        });
        services.AddSingleton(sp =>
        {
            var closing = sp.GetRequiredService<ClosingServices>();
            return new DialogSet()
                .Add(new ClosingFlow(closing))
                .Add(new HandoffDialog(closing))
                .Add(new OfferPersonDialog(closing))
                .Add(new AfterClosingHandover(closing))
                .Add(new ToGoDialog(closing))
                .Add(ToGoDialog.CreatePrompt())
                .Add(new AwaitEventDialog(sp.GetRequiredService<TurnTimers>(), sp.GetRequiredService<TimeProvider>()))
                .Add(StandardPrompts.CreateYesNo())
                .Add(StandardPrompts.CreateChoice())
                .Add(StandardPrompts.CreateRating())
                .Add(StandardPrompts.CreateText());
        });
        // Every closing counted: outcome records (memory unless the host registers its database), the inactivity timer.
        services.TryAddSingleton(sp => sp.GetService<IOptions<InsightsOptions>>()?.Value ?? new InsightsOptions());
        services.TryAddSingleton(sp => sp.GetService<IOptions<EndingOptions>>()?.Value ?? new EndingOptions());
        services.TryAddSingleton<IOutcomeStore>(sp => new MemoryOutcomeStore(sp.GetRequiredService<InsightsOptions>()));
        services.TryAddSingleton<IDirectResultSink, NoDirectResults>();
        services.AddSingleton<ClosingOutcomes>();
        services.AddSingleton<IBot, ClosingBot>();
        return services;
    }

    /// <summary>The to-go box: e-mail (off until Email:Smtp is configured), its durable outbox, the tips.</summary>
    private static void AddToGo(IServiceCollection services, Func<IServiceProvider, string> dialogsPath)
    {
        services.TryAddSingleton<IRecapMailer>(sp => new SmtpRecapMailer(sp.GetRequiredService<IOptions<EmailOptions>>().Value));
        services.AddSingleton(sp => new EmailOutbox(
            sp.GetRequiredService<ScheduledTurns>(),
            sp.GetRequiredService<Runtime.Storage.IStateStore>(),
            sp.GetRequiredService<IRecapMailer>(),
            sp.GetRequiredService<IOptions<EmailOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<EmailOutbox>>()));
        services.AddSingleton(sp => new ToGoServices(
            sp.GetRequiredService<EmailOutbox>(),
            RecapEmailComposer.FromDirectory(sp.GetRequiredService<ITextRenderer>(), dialogsPath(sp)),
            TipBook.FromDirectory(dialogsPath(sp))));
    }

    /// <summary>
    /// Reads and checks the wording: every message in every language, no unknown placeholders. A problem is a clear
    /// message naming the file and line.
    /// </summary>
    public static TemplateCatalog LoadTexts(string dialogsPath)
    {
        var catalog = TemplateCatalog.Load(dialogsPath);
        var problems = catalog.Validate(Contracts, Languages, Wording.ClosingMood.ToneSets);
        if (problems.Count > 0)
        {
            throw new TemplateException($"The wording in '{dialogsPath}' has {problems.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        }

        // The detail phrases come from this folder too (a support team's edit needs a restart, not a build); each
        // language's patterns are checked now, so a broken line stops the start-up instead of a goodbye.
        Details.PhrasePatterns.Use(catalog);
        foreach (var code in Details.Languages.Codes)
        {
            _ = Details.PhrasePatterns.For(code);
        }

        return catalog;
    }
}
