namespace XjKeji.Domain.Projects;

/// <summary>项目负责人: the person who leads the project and answers for it (credit records attach to them).</summary>
/// <param name="Id">Stable person identifier (e.g. the national ID hash or staff number).</param>
/// <param name="Name">Full name.</param>
/// <param name="Email">Email for reminders.</param>
public sealed record PrincipalInvestigator(string Id, string Name, string Email);

/// <summary>承担单位: the institution that carries out the project.</summary>
/// <param name="Id">Stable identifier (e.g. the unified social credit code).</param>
/// <param name="Name">Full name.</param>
public sealed record Institution(string Id, string Name);

/// <summary>An international trip planned by an SCO project; exit formalities (出境手续) are a named risk in the seed.</summary>
/// <param name="Country">Destination country.</param>
/// <param name="Purpose">What the trip is for.</param>
/// <param name="PlannedOn">Planned departure date.</param>
/// <param name="Travellers">Number of people travelling.</param>
public sealed record TravelPlan(string Country, string Purpose, DateOnly PlannedOn, int Travellers);

/// <summary>What an SCO project adds to an application: the foreign partner, the priority field and the travel plans.</summary>
/// <param name="PartnerCountry">The partner country (Central Asian and Silk Road countries).</param>
/// <param name="PartnerInstitution">The foreign partner institution.</param>
/// <param name="PriorityField">The SCO priority field.</param>
/// <param name="TravelPlans">Planned international trips.</param>
public sealed record ScoDetails(string PartnerCountry, string PartnerInstitution, Programs.ScoPriorityField PriorityField, IReadOnlyList<TravelPlan> TravelPlans);
