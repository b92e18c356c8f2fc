namespace GraciousBot.Closing.ToGo;

/// <summary>
/// One e-mail ready to send: composed in the customer's language while the closing runs, then kept in the durable
/// scheduled-turn queue until the SMTP server has it.
/// </summary>
public sealed record RecapEmail(string To, string Subject, string Html, string Text, string? FromName, EmailAttachment? Attachment);

/// <summary>A file sent with the e-mail (the calendar reminders).</summary>
public sealed record EmailAttachment(string FileName, string ContentType, string Content);

/// <summary>Sends an e-mail now; throws when the server cannot take it (the outbox retries).</summary>
public interface IRecapMailer
{
    Task SendAsync(RecapEmail email, CancellationToken cancellationToken);
}
