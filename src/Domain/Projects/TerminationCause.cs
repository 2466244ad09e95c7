namespace XjKeji.Domain.Projects;

/// <summary>Why a project was terminated; decides the credit consequence.</summary>
public enum TerminationCause
{
    /// <summary>At the applicant's own request with a valid reason (no credit penalty).</summary>
    ByRequest = 1,

    /// <summary>For cause: misconduct, serious failure to perform (credit −30).</summary>
    ForCause = 2,

    /// <summary>The contract was not signed within the window without reason: the applicant gave up the project (credit −10).</summary>
    ContractNotSigned = 3,

    /// <summary>Objective reasons beyond the parties' control (policy change, force majeure).</summary>
    Objective = 4,
}
