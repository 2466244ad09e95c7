namespace XjKeji.Domain.Programs;

/// <summary>The priority technology fields of the SCO program (农业、能源、资源、环境、医药健康、电子信息、防灾减灾).</summary>
public enum ScoPriorityField
{
    /// <summary>农业 agriculture.</summary>
    Agriculture = 1,

    /// <summary>能源 energy.</summary>
    Energy = 2,

    /// <summary>资源 resources.</summary>
    Resources = 3,

    /// <summary>环境 environment.</summary>
    Environment = 4,

    /// <summary>医药健康 medicine and health.</summary>
    MedicineAndHealth = 5,

    /// <summary>电子信息 electronic information.</summary>
    ElectronicInformation = 6,

    /// <summary>防灾减灾 disaster prevention.</summary>
    DisasterPrevention = 7,
}
