using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace GraciousBot.Closing.ToGo;

/// <summary>Sends through an SMTP server with MailKit: HTML and plain-text alternatives, the reminders attached.</summary>
public sealed class SmtpRecapMailer(EmailOptions options) : IRecapMailer
{
    public async Task SendAsync(RecapEmail email, CancellationToken cancellationToken)
    {
        if (!options.IsConfigured || options.Host is null)
        {
            throw new InvalidOperationException("E-mail is not configured (Email:Smtp:Host and Email:Smtp:From).");
        }

        using var message = Build(email, options);
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(options.Host, options.Port, Security(options.Security), cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>The MIME message: multipart/alternative (text, HTML) plus the .ics as an attachment.</summary>
    public static MimeMessage Build(RecapEmail email, EmailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName ?? email.FromName ?? string.Empty, options.From ?? throw new InvalidOperationException("Email:Smtp:From is not set.")));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        var body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html };
        if (email.Attachment is { } file)
        {
            var part = (MimePart)body.Attachments.Add(file.FileName, System.Text.Encoding.UTF8.GetBytes(file.Content), ContentType.Parse(file.ContentType));
            part.ContentType.Charset = "utf-8";
            part.ContentType.Parameters.Add("method", "PUBLISH");
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
