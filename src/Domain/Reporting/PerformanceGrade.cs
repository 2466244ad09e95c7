using XjKeji.Domain.Common;

namespace XjKeji.Domain.Reporting;

/// <summary>The self-evaluation grade (评价等级) of a total score.</summary>
public enum PerformanceGrade
{
    /// <summary>优 excellent.</summary>
    Excellent = 1,

    /// <summary>良 good.</summary>
    Good = 2,

    /// <summary>中 fair.</summary>
    Fair = 3,

    /// <summary>差 poor.</summary>
    Poor = 4,
}

/// <summary>Names of <see cref="PerformanceGrade"/>.</summary>
public static class PerformanceGrades
{
    /// <summary>The grade's Chinese and English name.</summary>
    public static BilingualText Name(PerformanceGrade grade) => grade switch
    {
        PerformanceGrade.Excellent => new("优", "Excellent"),
        PerformanceGrade.Good => new("良", "Good"),
        PerformanceGrade.Fair => new("中", "Fair"),
        PerformanceGrade.Poor => new("差", "Poor"),
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown grade."),
    };
}
