namespace XjKeji.Domain.Reporting;

/// <summary>Who answered a satisfaction survey (服务对象).</summary>
public enum RespondentKind
{
    /// <summary>申报人 an applicant or project leader.</summary>
    Applicant = 1,

    /// <summary>项目实施地 the place (county, enterprise, base) where the project was carried out.</summary>
    ProjectSite = 2,

    /// <summary>承担单位 an institution carrying out a project.</summary>
    Institution = 3,
}
