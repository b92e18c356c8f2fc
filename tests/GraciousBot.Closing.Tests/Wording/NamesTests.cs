namespace GraciousBot.Closing.Tests.Wording;

/// <summary>Every shape of name a CRM or channel sends, and what a person would call the customer.</summary>
public sealed class NamesTests
{
    [Theory]
    [InlineData("Dana", "Dana")]
    [InlineData("Dana Reyes", "Dana")]
    [InlineData("dana reyes", "Dana")]
    [InlineData("Dr. Ana Ruiz", "Dr. Ruiz")]
    [InlineData("DR ANA RUIZ", "Dr. Ruiz")]
    [InlineData("Dra. Ana Ruiz", "Dra. Ruiz")]
    [InlineData("Ms O'Brien", "Ms O'Brien")]
    [InlineData("MS O'BRIEN", "Ms O'Brien")]
    [InlineData("Mr. DONALD MCDONALD", "Mr McDonald")]
    [InlineData("Herr Dr. Jonas Weber", "Herr Weber")]
    [InlineData("Mme Claire Dubois", "Mme Dubois")]
    [InlineData("Dr. Anke van der Berg", "Dr. van der Berg")]
    [InlineData("MARTINEZ, CARLOS", "Carlos")]
    [InlineData("Martinez, Carlos A.", "Carlos")]
    [InlineData("MARTINEZ", "Martinez")]
    [InlineData("MARY O'BRIEN", "Mary")]
    [InlineData("ANNE-MARIE DUPONT", "Anne-Marie")]
    [InlineData("McKenzie Hart", "McKenzie")]
    [InlineData("Ana M. Ruiz", "Ana")]
    [InlineData("*Dana* <script>", "Dana")]
    [InlineData("*Dana* <script>alert(1)</script>", "Dana")]
    [InlineData("<b>Dana</b>", "Dana")]
    [InlineData("Dana 🎉", "Dana")]
    [InlineData("José", "José")]
    [InlineData("JÜRGEN", "Jürgen")]
    public void Spoken_NameShapes_AreWhatAPersonWouldSay(string raw, string expected) =>
        Assert.Equal(expected, Names.Spoken(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("J. Smith")]
    [InlineData("J.R.")]
    [InlineData("Dr.")]
    [InlineData("MARTINEZ,")]
    [InlineData(",")]
    [InlineData("dana@example.com")]
    [InlineData("07700 900123")]
    [InlineData("User1234")]
    [InlineData("🎉🎉")]
    [InlineData("<script>alert(1)</script>")]
    public void Spoken_NoUsableName_IsNoName(string? raw) =>
        Assert.Null(Names.Spoken(raw));

    [Theory]
    [InlineData("Dr. Ruiz")]
    [InlineData("Carlos")]
    [InlineData("Ms O'Brien")]
    public void Spoken_IsStable_SoEveryLineUsesTheSameForm(string spoken) =>
        Assert.Equal(spoken, Names.Spoken(spoken));
}
