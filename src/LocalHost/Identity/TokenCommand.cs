using XjKeji.App.Http.Identity;
using XjKeji.Domain.Projects;

namespace XjKeji.LocalHost.Identity;

/// <summary>
/// <c>./run.sh token --role applicant --id pi-1 --name 张伟 --institution 91650000-INST-A [--days 30]</c> prints a
/// development token for that caller and exits.
/// </summary>
internal static class TokenCommand
{
    public static int Run(string[] args, IConfiguration configuration)
    {
        string? Arg(string name) => args.SkipWhile(a => a != $"--{name}").Skip(1).FirstOrDefault();
        if (!Enum.TryParse<Role>(Arg("role"), ignoreCase: true, out var role) || role == Role.System)
        {
            Console.Error.WriteLine("usage: token --role applicant|officer|expert|public --id ID [--name NAME] [--institution INSTITUTION] [--days N]");
            return 2;
        }

        var id = Arg("id") ?? $"{role.ToString().ToLowerInvariant()}-dev";
        var institution = Arg("institution");
        if (role == Role.Applicant && string.IsNullOrWhiteSpace(institution))
        {
            Console.Error.WriteLine("an applicant token needs --institution");
            return 2;
        }

        var days = int.TryParse(Arg("days"), out var d) && d > 0 ? d : 30;
        var tokens = new DevTokens(DevTokenKey.Load(configuration));
        Console.WriteLine(tokens.Issue(new Actor(role, id, Arg("name") ?? id, institution), DateTimeOffset.UtcNow.AddDays(days)));
        return 0;
    }
}
