using XjKeji.Domain.Common;

namespace XjKeji.Domain.Programs;

/// <summary>A funding category of a program, with its names and default funding rule.</summary>
/// <param name="Code">The category.</param>
/// <param name="Program">The program the category belongs to.</param>
/// <param name="Name">Chinese and English names.</param>
/// <param name="DefaultFunding">Default funding rule; a call may override it.</param>
/// <param name="RequiresJointTeam">True when in-region and out-of-region teams must apply together (AidXinjiang C).</param>
/// <param name="RequiresForeignPartner">True for SCO categories: a partner country and travel plans are required.</param>
public sealed record CategoryDefinition(
    CategoryCode Code,
    ProgramCode Program,
    BilingualText Name,
    FundingRule DefaultFunding,
    bool RequiresJointTeam,
    bool RequiresForeignPartner);
