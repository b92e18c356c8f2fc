using GraciousBot.Closing.SignOff;
using GraciousBot.Closing.Understanding;
using GraciousBot.SignOff;

// Two subcommands, JSON Lines from a file or stdin, one JSON line out per input:
//   signoff [signoff] [input.jsonl] [--dialogs DIR]   personal details and a sign-off (the default, as before)
//   signoff understand [input.jsonl]                   the reading of a customer's answer (answer, intents, language)
var command = args.FirstOrDefault() is "understand" or "signoff" ? args[0] : "signoff";
var rest = args.Length > 0 && args[0] == command ? args[1..] : args;
var path = rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != DialogsOption(rest));
if (path is not null && !File.Exists(path))
{
    await Console.Error.WriteLineAsync($"{command}: no such file: {path}");
    return 2;
}

if (command == "understand")
{
    using var lines = path is null ? Console.In : new StreamReader(path);
    await UnderstandJsonLines.ProcessAsync(lines, Console.Out, CancellationToken.None);
    return 0;
}

var dialogs = DialogsOption(rest) ?? DialogsFolder.Find(AppContext.BaseDirectory, Environment.CurrentDirectory);
if (dialogs is null)
{
    await Console.Error.WriteLineAsync("signoff: cannot find the dialogs/ folder (next to the program or above the current directory); pass --dialogs DIR.");
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
