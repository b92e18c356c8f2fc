using System.Net;
using System.Text.Json;
using GraciousBot.Testing;
using GraciousBot.Wire.Schema;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace GraciousBot.Web.Tests.Reliability;

/// <summary>
/// After an erasure (the operator's delete, or a channel's deleteUserData) nothing about the customer is left in ANY
/// table of the database: every table and every column is searched for their name, e-mail, phone, the bereavement
/// note and their card number. The card number is never stored at all, not even before the erasure.
/// </summary>
public sealed class ErasureSearchTests : IDisposable
{
    private const string Name = "Morwenna Quillfeather";
    private const string Email = "morwenna.q@example.org";
    private const string Phone = "+44 7700 900123";
    private const string Bereavement = "Her husband passed away in October";
    private const string Card = "4111 1111 1111 1111";
    private const string OtherName = "Bartholomew Ogunleye";

    private readonly string _folder = Directory.CreateTempSubdirectory("graciousbot-erasure-").FullName;

    public static TheoryData<string> Ways => new() { "admin", "deleteUserData" };

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task AfterErasure_NoTableHoldsAnythingAboutTheCustomer(string way)
    {
        var database = Path.Combine(_folder, $"{way}.db");
        await using var host = new BotHostFactory()
            .With("Storage:Provider", "Sqlite")
            .With("Storage:SqlitePath", database)
            .With("Admin:ApiKey", "s3cret");
        using var http = host.CreateClient();
        var driver = new ClosingDriver(http, string.Empty);

        // The customer: a whole closing (with a follow-up scheduled), and a second conversation left half-way.
        var context = JsonDocument.Parse($$"""
            {
              "customer": { "id": "mq-1", "name": "{{Name}}" },
              "nextSteps": [ { "owner": "us", "action": "send the paperwork to {{Email}}", "due": "2099-01-05" } ],
              "transcript": [ { "type": "message", "from": { "id": "mq-1", "role": "user" }, "text": "my number is {{Phone}} and card {{Card}}" } ],
              "notes": [ "{{Bereavement}}; be gentle." ]
            }
            """).RootElement;
        await driver.SendAsync("mq-a", 7, Activity.Event("closeConversation", context), default);
        await driver.SendAsync("mq-a", 7, Activity.Message("yes"), default);
        await driver.SendAsync("mq-a", 7, Activity.Message("no"), default);
        await driver.SendAsync("mq-a", 7, Activity.Message("5"), default);
        await driver.SendAsync("mq-a", 7, Activity.Message($"write to {Email} or call {Phone}, my card is {Card}"), default);
        await driver.SendAsync("mq-b", 7, Activity.Event("closeConversation", context), default);

        // Someone else, who must be left alone.
        await driver.SendAsync("other", 8, Activity.Event("closeConversation", JsonDocument.Parse("{\"customer\":{\"name\":\"" + OtherName + "\"}}").RootElement), default);

        var before = Search(database);
        Assert.Contains(Name, before);
        Assert.Contains(Bereavement, before);
        Assert.DoesNotContain(Card, before);
        Assert.DoesNotContain(Card.Replace(" ", string.Empty, StringComparison.Ordinal), before);

        if (way == "admin")
        {
            http.DefaultRequestHeaders.Add("X-Admin-Key", "s3cret");
            using var response = await http.DeleteAsync("/admin/users/webchat/caller-7");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            await driver.SendAsync("mq-b", 7, new Activity { Type = ActivityTypes.DeleteUserData }, default);
        }

        var after = Search(database);
        foreach (var trace in new[] { Name, "Morwenna", Email, Phone, Bereavement, Card, "caller-7", "mq-a", "mq-b" })
        {
            Assert.DoesNotContain(trace, after, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(OtherName, after);
    }

    /// <summary>Every value of every column of every table, as one text.</summary>
    private static string Search(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(tables);
        var everything = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    everything.Append(reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                }
            }
        }

        // JSON escapes some characters ("+" stays, but be safe): search the unescaped text too.
        var text = everything.ToString();
        return text + Regex.Unescape(text);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
