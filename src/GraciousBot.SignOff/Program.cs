using GraciousBot.Closing.SignOff;
using GraciousBot.SignOff;

// signoff [input.jsonl] [--dialogs DIR]: reads JSON Lines from the file or stdin, writes one JSON line per input.
var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != DialogsOption(args));
var dialogs = DialogsOption(args) ?? DialogsFolder.Find(AppContext.BaseDirectory, Environment.CurrentDirectory);
if (dialogs is null)
{
    await Console.Error.WriteLineAsync("signoff: cannot find the dialogs/ folder (next to the program or above the current directory); pass --dialogs DIR.");
    return 2;
}

if (path is not null && !File.Exists(path))
{
    await Console.Error.WriteLineAsync($"signoff: no such file: {path}");
    return 2;
}

using var input = path is null ? Console.In : new StreamReader(path);
// Bad lines are reported in the output, one error object each; they do not change the exit code.
await SignOffJsonLines.ProcessAsync(input, Console.Out, dialogs, TimeProvider.System, CancellationToken.None);
return 0;

static string? DialogsOption(string[] args)
{
    var index = Array.IndexOf(args, "--dialogs");
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
