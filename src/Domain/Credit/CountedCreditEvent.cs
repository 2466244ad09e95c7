namespace XjKeji.Domain.Credit;

/// <summary>
/// One event as it counts in a statement: its own points, what it actually changed after the cap and floor, the balance
/// after it, and until when it counts. Summing <see cref="AppliedPoints"/> over a statement's counted events and adding
/// the starting points gives the score, so every point is traceable to an event.
/// </summary>
/// <param name="Event">The recorded event.</param>
/// <param name="AppliedPoints">The change it made (less than <see cref="CreditEvent.Points"/> when the cap or floor cut it).</param>
/// <param name="BalanceAfter">The score right after it, replaying counted events oldest first.</param>
/// <param name="CountsUntil">The instant it stops counting (a deduction, 3 years after its event by default); null when it never stops.</param>
public sealed record CountedCreditEvent(CreditEvent Event, int AppliedPoints, int BalanceAfter, DateTimeOffset? CountsUntil);

/// <summary>An event that no longer counts on the statement's date because it faded out.</summary>
/// <param name="Event">The recorded event.</param>
/// <param name="StoppedCountingAt">When it stopped counting.</param>
public sealed record ExpiredCreditEvent(CreditEvent Event, DateTimeOffset StoppedCountingAt);
