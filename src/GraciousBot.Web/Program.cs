using GraciousBot.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraciousBot();

var app = builder.Build();
app.MapGraciousBot();
app.Run();

/// <summary>The entry point, visible to the test host factory.</summary>
public partial class Program;
