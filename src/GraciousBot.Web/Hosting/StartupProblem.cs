using GraciousBot.Runtime.Templates;
using Microsoft.Extensions.Options;

namespace GraciousBot.Web.Hosting;

/// <summary>Turns a start-up failure caused by configuration or wording into one readable message.</summary>
public static class StartupProblem
{
    public static string? Describe(Exception exception) => exception switch
    {
        TemplateException template => template.Message,
        OptionsValidationException options => string.Join(Environment.NewLine, options.Failures),

        // Several option sections failing at once (ValidateOnStart) arrive together: tell all of them.
        AggregateException aggregate => DescribeAll(aggregate.InnerExceptions),

        // A value the configuration binder cannot convert (Storage:Provider=Postgress): its message names key and value.
        InvalidOperationException { Message: var message } when message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => message,
        InvalidOperationException { InnerException: { } inner } => Describe(inner),
        _ => null,
    };

    private static string? DescribeAll(IReadOnlyCollection<Exception> exceptions)
    {
        var described = exceptions.Select(Describe).ToList();
        return described.Count > 0 && described.All(d => d is not null) ? string.Join(Environment.NewLine, described) : null;
    }
}
