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
        AggregateException aggregate when aggregate.InnerExceptions.Count == 1 => Describe(aggregate.InnerExceptions[0]),
        InvalidOperationException { InnerException: { } inner } => Describe(inner),
        _ => null,
    };
}
