using System.Text.Json;
using GraciousBot.Closing.Model;
using GraciousBot.Closing.Tests.Details;
using GraciousBot.Closing.ToGo;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.Tests.ToGo;

public sealed class RecapEmailComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static readonly TemplateTextRenderer Texts = new(TemplateCatalog.Load(RepoPaths.Dialogs), new FirstVariantPicker());

    private static ClosingState State(string json)
    {
        var context = ClosingContextReader.Read(JsonDocument.Parse(json).RootElement);
        return new ClosingState { Context = context, Locale = context.Customer?.Locale ?? "en", TimeZone = context.Customer?.TimeZone, Name = context.Customer?.FirstName };
    }

    [Fact]
    public void Recap_English_HasEveryPart_InHtmlAndText()
    {
        var state = State(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Transcripts", "contexts", "togo-en.json")));
        var composer = RecapEmailComposer.FromDirectory(Texts, RepoPaths.Dialogs);

        var email = composer.Recap("dana@example.com", state, Now, Reminders.Build(Texts, state, Now));

        Assert.Equal("Your recap from Contoso: Router keeps dropping Wi-Fi (T-2044)", email.Subject);
        Assert.Equal(
            """
            Hi Dana,

            Thank you for getting in touch with Contoso today. Here's what we did and what happens next.

            What we did
            We updated the router firmware and moved it to a clearer Wi-Fi channel.

            Who does what, by when
            - We'll ship a replacement power adapter by Wednesday, November 25.
            - Please restart the router once the adapter arrives by Friday, November 27.

            Your case reference: T-2044

            Your calendar reminder is attached: open it to add it to your calendar.

            If anything comes up, just reply to this e-mail or start a new chat and mention your case reference: we'll pick up right where we left off.

            Best wishes,
            Contoso

            """.ReplaceLineEndings("\n"),
            email.Text);
        Assert.StartsWith("<!DOCTYPE html>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-US\">", email.Html, StringComparison.Ordinal);
        Assert.Contains("<li style=\"margin:4px 0\">Please restart the router once the adapter arrives by Friday, November 27.</li>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", email.Html, StringComparison.Ordinal);
        Assert.Equal("reminder.ics", email.Attachment?.FileName);

        // Kept next to the test output: docs/togo-email.png in the README is a headless Chromium screenshot of it.
        var artifacts = Path.Combine(AppContext.BaseDirectory, "test-artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "togo-email.en.html"), email.Html);
    }

    [Fact]
    public void Recap_ValuesCannotAddMarkup()
    {
        var state = State("""{ "customer": { "name": "<b>Eve</b>" }, "resolution": { "summary": "<script>alert(1)</script>" } }""");

        var email = RecapEmailComposer.FromDirectory(Texts, RepoPaths.Dialogs).Recap("eve@example.com", state, Now, null);

        Assert.DoesNotContain("<script>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Eve", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", email.Html, StringComparison.Ordinal);
    }
}
