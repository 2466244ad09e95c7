namespace XjKeji.Infrastructure.Storage;

/// <summary>Table names, with an optional prefix so tests (and several environments on one account) never collide.</summary>
/// <param name="Prefix">Prefix of every table name: letters and digits only.</param>
public sealed record TableNames(string Prefix = "")
{
    /// <summary>Projects and their audit trails.</summary>
    public string Projects => Prefix + "Projects";

    /// <summary>List indexes of projects (by program year, by institution).</summary>
    public string ProjectIndex => Prefix + "ProjectIndex";

    /// <summary>Calls.</summary>
    public string Calls => Prefix + "Calls";

    /// <summary>Credit events.</summary>
    public string CreditEvents => Prefix + "CreditEvents";

    /// <summary>Emails sent (the outbox), one row per deduplication key.</summary>
    public string Outbox => Prefix + "Outbox";

    /// <summary>Idempotency records of the API.</summary>
    public string Idempotency => Prefix + "Idempotency";

    /// <summary>Evidence records, per project.</summary>
    public string Evidence => Prefix + "Evidence";

    /// <summary>The evidence hash index (duplicates across projects).</summary>
    public string EvidenceHashes => Prefix + "EvidenceHashes";

    /// <summary>专家信息库: the expert database.</summary>
    public string Experts => Prefix + "Experts";

    /// <summary>Review assignments, declines and score sheets, per call.</summary>
    public string Reviews => Prefix + "Reviews";

    /// <summary>Misconduct findings and their bans.</summary>
    public string Misconduct => Prefix + "Misconduct";

    /// <summary>The year-end report's inputs and the survey answers.</summary>
    public string ReportData => Prefix + "ReportData";

    /// <summary>The year-end report's read model: per program year, the facts and accepted files of approved projects.</summary>
    public string ReportFacts => Prefix + "ReportFacts";

    /// <summary>Every table.</summary>
    public IEnumerable<string> All => [Projects, ProjectIndex, Calls, CreditEvents, Outbox, Idempotency, Evidence, EvidenceHashes, Experts, Reviews, Misconduct, ReportData, ReportFacts];
}
