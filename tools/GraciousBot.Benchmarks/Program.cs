using BenchmarkDotNet.Running;

// Run by hand (never by the test command): dotnet run -c Release --project tools/GraciousBot.Benchmarks -- --filter '*'
// A quick pass: add --job short. Results land in BenchmarkDotNet.Artifacts/ under the current folder.
BenchmarkSwitcher.FromAssembly(typeof(GraciousBot.Benchmarks.Samples).Assembly).Run(args);
