namespace GraciousBot.Closing.ToGo;

/// <summary>What the to-go box needs: the e-mail outbox, the e-mail writer and the tips.</summary>
public sealed record ToGoServices(EmailOutbox Outbox, RecapEmailComposer Composer, TipBook Tips);
