using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Templates;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing.SignOff;

/// <summary>The goodbye message and what it leaned on.</summary>
public sealed record Goodbye(Activity Message, SignOffResult Result);

/// <summary>Composes the last message of a closing.</summary>
public interface IGoodbyes
{
    Goodbye Compose(TurnContext turn, ClosingState state, ClosingVoice voice);
}

/// <summary>Thanks the customer by name, invites them back, and never repeats their previous goodbye word for word.</summary>
public sealed class NameOnlyGoodbyes(ClosingOptions options) : IGoodbyes
{
    public Goodbye Compose(TurnContext turn, ClosingState state, ClosingVoice voice)
    {
        var previous = turn.State.User?.Get(CustomerMemory.Key)?.LastGoodbye;
        var text = voice.Render(ClosingTexts.Goodbye, Values.Of(("name", state.Name), ("brand", state.Context.Brand?.Name ?? options.DefaultBrandName)), previous is null ? null : [previous]);
        return new Goodbye(voice.Message(text) with { InputHint = InputHints.AcceptingInput }, new SignOffResult(false, []));
    }
}
