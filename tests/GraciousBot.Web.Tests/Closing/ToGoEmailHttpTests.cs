using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Closing;
using GraciousBot.Runtime.Templates;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing;
using GraciousBot.Testing.Smtp;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace GraciousBot.Web.Tests.Closing;

/// <summary>
/// The recap e-mail end to end: a closing over <c>POST /api/messages</c>, the e-mail queued as a durable scheduled
/// turn, sent with MailKit to a real SMTP server (aiosmtpd) on 127.0.0.1, and the received message read back.
/// </summary>
public sealed class ToGoEmailHttpTests : IAsyncLifetime
{
    private const string Context = """
        {
          "customer": { "id": "c-503", "name": "Camille Martin", "locale": "fr-FR", "timeZone": "Europe/Paris", "email": "camille@example.com" },
          "case": { "id": "F-31", "title": "Facture en double" },
          "resolution": { "summary": "Nous avons annulé la facture en double." },
          "nextSteps": [
            { "owner": "us", "action": "vous rembourser les 49 €", "due": "2026-11-26" },
            { "owner": "customer", "action": "nous envoyer le formulaire signé", "due": "2026-11-27T14:00:00" }
          ],
          "brand": { "name": "Contoso" }
        }
        """;

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private readonly string _conversationId = "togo-" + Guid.NewGuid().ToString("N")[..12];
    private readonly FakeTimeProvider _clock = new(Now);
    private CaptureServer _channel = null!;
    private BotHostFactory? _host;
    private HttpClient? _client;
    private int _ids;

    public async Task InitializeAsync() => _channel = await CaptureServer.StartAsync("/hub");

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Recap_ReachesARealSmtpServer_InTheCustomersLanguage_WithTheReminderInTheirZone()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        StartHost(smtp.Port);

        await RunClosingAsync("oui merci");
        Assert.Empty(smtp.Messages()); // Nothing is sent during the customer's turn.
        await DeliverDueAsync();

        var raw = Assert.Single(await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        using var message = await MimeMessage.LoadAsync(new MemoryStream(raw));
        Assert.Equal("camille@example.com", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("help@contoso.example", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("Votre récapitulatif Contoso : Facture en double (F-31)", message.Subject);

        Assert.Contains("Merci d'avoir contacté Contoso aujourd'hui.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("- De votre côté, merci de nous envoyer le formulaire signé d'ici le vendredi 27 novembre.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Votre référence de dossier : F-31", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr-FR\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<title>Votre récapitulatif Contoso : Facture en double (F-31)</title>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li style=\"margin:4px 0\">De votre côté, merci de nous envoyer le formulaire signé", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<p style=\"margin:0 0 12px\">Bien cordialement,<br>Contoso</p>", message.HtmlBody, StringComparison.Ordinal);

        var ics = Assert.IsAssignableFrom<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        Assert.Equal("rappel.ics", ics.FileName);
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var reminder = Assert.Single(Calendar.Load(Encoding.UTF8.GetString(content.ToArray()))!.Events);
        Assert.Equal("Europe/Paris", reminder.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 11, 27, 14, 0, 0), reminder.DtStart.Value);
        Assert.Equal(new DateTime(2026, 11, 27, 13, 0, 0, DateTimeKind.Utc), reminder.DtStart.AsUtc);
        Assert.Equal("Rappel : nous envoyer le formulaire signé", reminder.Summary);

        // Sent once: the queue and the stored message are gone.
        await DeliverDueAsync();
        Assert.Single(smtp.Messages());
    }

    [Fact]
    public async Task Recap_ServerDownAtFirst_IsSentInALaterRound()
    {
        var port = SmtpTestServer.FreePort();
        StartHost(port);
        await RunClosingAsync("juste l'e-mail");

        await DeliverDueAsync(); // connection refused: kept and rescheduled with back-off
        var pending = await _host!.Services.GetRequiredService<ScheduledTurns>().PendingAsync(CancellationToken.None);
        var retry = Assert.Single(pending, t => t.EventName == GraciousBot.Closing.ToGo.EmailOutbox.EventName && t.DueAt < Now.AddDays(1)); // not the follow-up note
        Assert.Equal(Now + GraciousBot.Closing.ToGo.EmailOutbox.Backoff(1), retry.DueAt);

        await using var smtp = await SmtpTestServer.StartAsync(port);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await DeliverDueAsync());

        var raw = Assert.Single(await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        using var message = await MimeMessage.LoadAsync(new MemoryStream(raw));
        Assert.Empty(message.Attachments); // e-mail only: no reminder
        Assert.Contains("Nous avons annulé la facture en double.", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_TheConnectorRefuses_GoesByEmail()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        StartHost(smtp.Port, channelsWithoutProactive: string.Empty); // here Web Chat is trusted to take the note
        await RunClosingAsync("oui merci");
        var end = _channel.Activities.Last(a => a.IsType(ActivityTypes.EndOfConversation));
        var followUp = end.Value!.Value.GetProperty("followUp");
        Assert.Equal("chatThenEmail", followUp.GetProperty("via").GetString());
        await DeliverDueAsync();
        await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)); // the recap

        // On the due date the channel refuses the note (403: the conversation is gone).
        _clock.Advance(DateTimeOffset.Parse("2026-11-26T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture) - _clock.GetUtcNow());
        _channel.Enqueue(new CannedResponse(HttpStatusCode.Forbidden));
        Assert.Equal(1, await DeliverDueAsync()); // the note (the ended closing's inactivity timer was cancelled when it ended)
        Assert.Equal(1, await DeliverDueAsync()); // the fallback e-mail, scheduled at once

        var messages = await smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(10));
        using var note = await MimeMessage.LoadAsync(new MemoryStream(messages[1]));
        Assert.Equal("camille@example.com", Assert.Single(note.To.Mailboxes).Address);
        Assert.Equal("Un petit mot de Contoso", note.Subject);
        Assert.Contains("vous rembourser les 49 €", note.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_OnAChannelWithoutProactiveMessages_GoesByEmail_WithoutTryingTheChat()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        StartHost(smtp.Port); // default FollowUp:ChannelsWithoutProactive: webchat, directline
        await RunClosingAsync("oui merci");
        var end = _channel.Activities.Last(a => a.IsType(ActivityTypes.EndOfConversation));
        Assert.Equal("email", end.Value!.Value.GetProperty("followUp").GetProperty("via").GetString());
        await DeliverDueAsync();
        await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)); // the recap

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await DeliverDueAsync()); // nothing: the ended closing's inactivity timer was cancelled
        var before = _channel.Requests.Count;
        _clock.Advance(DateTimeOffset.Parse("2026-11-26T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture) - _clock.GetUtcNow());
        Assert.Equal(1, await DeliverDueAsync());

        var messages = await smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(10));
        using var note = await MimeMessage.LoadAsync(new MemoryStream(messages[1]));
        Assert.Equal("camille@example.com", Assert.Single(note.To.Mailboxes).Address);
        Assert.Equal("Un petit mot de Contoso", note.Subject);
        Assert.Contains("vous rembourser les 49 €", note.TextBody, StringComparison.Ordinal);
        Assert.Equal(before, _channel.Requests.Count); // nothing was sent to the ended Web Chat conversation
    }

    [Fact]
    public async Task FollowUp_OnAChannelWithoutProactiveMessages_CustomerDeclinedEmail_StaysInTheChat()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        StartHost(smtp.Port);
        await RunClosingAsync("non merci", done: "Pas de souci");
        var end = _channel.Activities.Last(a => a.IsType(ActivityTypes.EndOfConversation));
        Assert.Equal("chat", end.Value!.Value.GetProperty("followUp").GetProperty("via").GetString());
    }

    private async Task RunClosingAsync(string answer, string done = "C'est fait")
    {
        await SendAsync(Address(Activity.Event("closeConversation", JsonDocument.Parse(Context).RootElement.Clone())));
        foreach (var text in new[] { "oui", "non", "5", "rien" })
        {
            await SendAsync(Address(Activity.Message(text)));
        }

        var before = _channel.Requests.Count;
        await SendAsync(Address(Activity.Message(answer)));
        Assert.Contains(_channel.Requests.Skip(before), r => r.Activity?.Text?.StartsWith(done, StringComparison.Ordinal) == true);
    }

    private Task<int> DeliverDueAsync() => _host!.Services.GetRequiredService<ScheduledTurnRunner>().DeliverDueAsync(CancellationToken.None);

    private void StartHost(int smtpPort, string? channelsWithoutProactive = null)
    {
        _host = new BotHostFactory()
            .WithClock(_clock)
            .With("Email:Smtp:Host", "127.0.0.1")
            .With("Email:Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Email:Smtp:Security", "None")
            .With("Email:Smtp:From", "help@contoso.example")
            .With("Email:Smtp:RetryDelay", "00:00:00")
            .With("FollowUp:ChannelsWithoutProactive", channelsWithoutProactive ?? FollowUpOptions.Default)
            .WithServices(s =>
            {
                s.Replace(ServiceDescriptor.Singleton<IVariantPicker>(new FirstVariantPicker()));

                // Scheduled turns run when the test says (DeliverDueAsync), not on the background timer.
                s.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
            });
        _client = _host.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(15);
    }

    private Activity Address(Activity activity) => activity with
    {
        Id = $"in-{++_ids}",
        ChannelId = ChannelIds.WebChat,
        ServiceUrl = _channel.ServiceUrl,
        Conversation = ConversationAccount.Of(_conversationId),
        From = ChannelAccount.Of("user-camille", "Camille", RoleTypes.User),
        Recipient = ChannelAccount.Of("graciousbot", "GraciousBot", RoleTypes.Skill), // called as a skill: the result comes back
        Locale = "fr-FR",
        Timestamp = _clock.GetUtcNow(),
    };

    private async Task SendAsync(Activity activity)
    {
        using var content = new StringContent(JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity), Encoding.UTF8, "application/json");
        using var response = await _client!.PostAsync("/api/messages", content);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
