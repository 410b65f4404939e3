namespace Comptoir.Web.Features.Teams;

public static class TeamsApi
{
    public static void Map(RouteGroupBuilder group)
    {
    }
}
