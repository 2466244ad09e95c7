namespace XjKeji.Domain.Evidence;

/// <summary>Where an evidence file stands.</summary>
public enum EvidenceStatus
{
    /// <summary>An upload slot was issued; the file is not processed yet (perhaps not even uploaded).</summary>
    Pending = 1,

    /// <summary>Processed and accepted: its type and size fit its kind.</summary>
    Accepted = 2,

    /// <summary>Processed and refused; <see cref="EvidenceRecord.RejectionReason"/> says why.</summary>
    Rejected = 3,
}
