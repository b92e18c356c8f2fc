using GraciousBot.Testing;

namespace GraciousBot.Closing.Tests.Transcripts;

/// <summary>Replays every <c>.chat</c> file under Transcripts/ against the real bot.</summary>
public sealed class TranscriptTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Transcripts");

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Root, "*.chat", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(Root, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_Replays(string file) => await ChatTranscript.Load(Path.Combine(Root, file)).RunAsync();
}
