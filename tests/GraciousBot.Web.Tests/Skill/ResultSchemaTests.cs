using System.Runtime.CompilerServices;
using System.Text.Json;
using GraciousBot.Closing;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraciousBot.Web.Tests.Skill;

/// <summary>
/// Every conversation the support team wrote down as a <c>.chat</c> transcript ends with a result a calling bot can
/// rely on: each <c>endOfConversation</c> value the real bot sends while replaying a transcript conforms to
/// <c>closing-result.schema.json</c>.
/// </summary>
public sealed class ResultSchemaTests
{
    /// <summary>The transcripts, relative to the Closing tests' Transcripts folder in this checkout.</summary>
    public static TheoryData<string> Transcripts()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TranscriptsFolder, "*.chat", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(TranscriptsFolder, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Transcript_EveryEndOfConversationValue_ConformsToResultSchema(string file)
    {
        var path = Path.Combine(TranscriptsFolder, file);
        var ended = new List<Activity>();
        Exception? replayFailure = null;
        try
        {
            await ChatTranscript.Load(path).RunAsync(host => host.WithServices(services =>
                services.Replace(ServiceDescriptor.Singleton<IBot>(sp => new RecordingBot(ActivatorUtilities.CreateInstance<ClosingBot>(sp), ended)))));
        }
        catch (Exception failure)
        {
            // The replay itself is TranscriptTests' business; here it only matters if it kept us from the ending.
            replayFailure = failure;
        }

        var expectsEnd = File.ReadLines(path).Any(line => line.TrimStart().StartsWith("bot: [end ", StringComparison.Ordinal));
        if (expectsEnd && ended.Count == 0)
        {
            Assert.Fail($"{file} should end with endOfConversation but the replay stopped before it: {replayFailure?.Message ?? "the bot never sent one"}");
        }

        // An error ending carries no value by design (the turn-error handler apologises and ends); every other must.
        foreach (var end in ended.Where(e => e.Value is not null || e.Code is EndOfConversationCodes.CompletedSuccessfully or EndOfConversationCodes.UserCancelled))
        {
            await ClosingResultSchema.AssertValidAsync(end.Value, $"{file} ({end.Code}): ");
        }
    }

    [Theory]
    [InlineData("""{"resolution":"confirmed","rating":5,"comment":null,"nextItemId":null,"handoff":null,"followUp":null,"signOff":null}""")]
    [InlineData("""{"outcome":"done","resolution":"confirmed","rating":5,"comment":null,"nextItemId":null,"handoff":null,"followUp":null,"signOff":null}""")]
    [InlineData("""{"outcome":"completed","resolution":"confirmed","rating":6,"comment":null,"nextItemId":null,"handoff":null,"followUp":null,"signOff":null}""")]
    [InlineData("""{"outcome":"completed","resolution":"confirmed","rating":"5","comment":null,"nextItemId":null,"handoff":null,"followUp":null,"signOff":null}""")]
    [InlineData("""{"outcome":"handoff","resolution":"denied","rating":null,"comment":null,"nextItemId":null,"handoff":{"reason":"notResolved","state":"maybe","fallback":"none"},"followUp":null,"signOff":null}""")]
    [InlineData("""{"outcome":"completed","resolution":"confirmed","rating":null,"comment":null,"nextItemId":null,"handoff":null,"followUp":null,"signOff":null,"extra":1}""")]
    public async Task Schema_WrongValues_AreRejected(string json)
    {
        // The validator is not vacuous: each of these breaks the documented contract somewhere.
        var errors = await ClosingResultSchema.ValidateAsync(JsonDocument.Parse(json).RootElement);

        Assert.NotEmpty(errors);
    }

    private static string TranscriptsFolder => Path.Combine(RepositoryRoot(), "tests", "GraciousBot.Closing.Tests", "Transcripts");

    /// <summary>The checkout this file is in (test binaries may be built outside it, with --artifacts-path).</summary>
    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraciousBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No GraciousBot.sln above {thisFile}.");
    }

    /// <summary>The real closing bot, noting every endOfConversation it sends (whatever the delivery mode).</summary>
    private sealed class RecordingBot(IBot inner, List<Activity> ended) : IBot
    {
        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            await inner.OnTurnAsync(turn, cancellationToken);
            Note(turn);
        }

        public async Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
        {
            await inner.OnTurnErrorAsync(turn, exception, cancellationToken);
            Note(turn);
        }

        private void Note(TurnContext turn)
        {
            lock (ended)
            {
                ended.AddRange(turn.Outbox.Where(a => a.IsType(ActivityTypes.EndOfConversation)));
            }
        }
    }
}
