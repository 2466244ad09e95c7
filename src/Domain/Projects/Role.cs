namespace XjKeji.Domain.Projects;

/// <summary>Who is acting. Authorization of every transition is by role, and for applicants by institution.</summary>
public enum Role
{
    /// <summary>申报人/项目负责人, bound to an institution (承担单位).</summary>
    Applicant = 1,

    /// <summary>计划处 program officer.</summary>
    Officer = 2,

    /// <summary>评审专家 review expert.</summary>
    Expert = 3,

    /// <summary>The public (reads publicity lists, may object).</summary>
    Public = 4,

    /// <summary>The workflow itself: timers and orchestrations.</summary>
    System = 5,
}
