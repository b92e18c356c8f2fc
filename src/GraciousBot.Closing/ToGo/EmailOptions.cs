using System.ComponentModel.DataAnnotations;

namespace GraciousBot.Closing.ToGo;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, STARTTLS when the server offers it otherwise.</summary>
    Auto,

    /// <summary>No TLS (a local relay or a test server only).</summary>
    None,

    /// <summary>STARTTLS, required (port 587; Azure Communication Services' smtp.azurecomm.net).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>
/// The "Email:Smtp" configuration section: where recaps and undeliverable follow-ups are sent from. E-mail is off
/// until <see cref="Host"/> and <see cref="From"/> are set. The password is a secret: set it in user secrets, an
/// environment variable (Email__Smtp__Password) or Key Vault, never in a committed file.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email:Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address (for Azure Communication Services, a MailFrom address of a verified domain).</summary>
    [EmailAddress]
    public string? From { get; set; }

    /// <summary>The sender's display name; the brand's name when empty.</summary>
    public string? FromName { get; set; }

    /// <summary>Each connection attempt gives up after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first pause between the quick retries within a round (doubling each time).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Sending rounds (each with quick retries) before a message is given up, spaced by growing back-off.</summary>
    [Range(1, 20)]
    public int MaxRounds { get; set; } = 8;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
